package com.salespact.dashboard.ui;

import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.LiveUpdates;
import com.salespact.base.Money;
import com.salespact.base.PeriodKind;
import com.salespact.base.TeamEvent;
import com.salespact.base.ui.chart.ChartOption;
import com.salespact.base.ui.CoalescedRefresh;
import com.salespact.base.ui.chart.EChart;
import com.salespact.dashboard.query.TeamDashboardQuery;
import com.salespact.deals.DealChanged;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.goals.query.TeamPace;
import com.salespact.reviews.ReviewDeadline;
import com.salespact.reviews.ReviewDeadlineQuery;
import com.salespact.security.DisplayGrant;
import com.salespact.security.DisplayRevoked;
import com.salespact.security.DisplayTokenService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team wall screen for a TV: no login, opened with a display token, dark and large, slides rotating in the
 * browser (so they keep turning through network drops). Shows aggregates only — no 1:1 notes, feedback or
 * commission. A won deal raises a celebration banner within a second; a revoked token blanks the screen at once.
 */
@Route(value = "wall/:token", autoLayout = false)
@PageTitle("SalesPact wall")
@AnonymousAllowed
public class WallView extends Div implements BeforeEnterObserver {

    private static final String ROTATE = """
            const host = this; const seconds = $0;
            if (host.__rotation) clearInterval(host.__rotation);
            host.__rotation = setInterval(() => {
              const slides = host.querySelectorAll('.wall-slide');
              if (slides.length < 2) return;
              let index = [...slides].findIndex(s => s.classList.contains('active'));
              slides[index]?.classList.remove('active');
              slides[(index + 1) % slides.length].classList.add('active');
            }, seconds * 1000);""";

    private static final String CELEBRATE = """
            const banner = this; banner.classList.add('show');
            clearTimeout(banner.__hide);
            banner.__hide = setTimeout(() => banner.classList.remove('show'), 15000);""";

    /**
     * Says when the screen lost the server (issue 14): the browser asks the server every third of the stale time
     * ({@link #stillThere}, only while Vaadin reports a connection) and counts each answer, and each figure update,
     * as contact. With no contact for the stale time (server down, network silently gone) it shows "Last updated"
     * with the company-time HH:mm of the last contact; the next contact hides it. A restarted server reloads the page.
     */
    private static final String STALE = """
            const host = this; const marker = $0; const staleMs = $1 * 1000; const text = $2;
            const pingMs = Math.max(1000, staleMs / 3);
            if (host.__stale) clearInterval(host.__stale);
            let lastContact = Date.now(); let lastPing = 0; let pendingSince = 0;
            host.__contact = label => {
              lastContact = Date.now();
              host.setAttribute('data-fresh-at', label);
              marker.hidden = true;
            };
            host.__contact($3);
            const connected = () => !(window.Vaadin && window.Vaadin.connectionState)
                || window.Vaadin.connectionState.state === 'connected';
            host.__stale = setInterval(() => {
              const now = Date.now();
              if (connected() && now - lastPing >= pingMs && (!pendingSince || now - pendingSince > staleMs)) {
                lastPing = now; pendingSince = now;
                host.$server.stillThere().then(label => { pendingSince = 0; if (label) host.__contact(label); },
                    () => { pendingSince = 0; });
              }
              if (now - lastContact > staleMs && marker.hidden) {
                marker.textContent = text.replace('{0}', host.getAttribute('data-fresh-at'));
                marker.hidden = false;
              }
            }, 1000);""";
    private static final String CONTACT = "this.__contact && this.__contact($0)";
    private static final java.time.format.DateTimeFormatter CONTACT_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    /** The review-deadlines slide looks this many days ahead. */
    static final int DEADLINE_DAYS = 14;
    private static final java.time.format.DateTimeFormatter DEADLINE_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);

    private final DisplayTokenService displays;
    private final PaceQuery paceQuery;
    private final TeamDashboardQuery dashboardQuery;
    private final ScorecardQuery scorecardQuery;
    private final ReviewDeadlineQuery deadlineQuery;
    private final LiveUpdates live;
    private final FiscalCalendar calendar;
    private final String currency;
    private final Clock clock;
    private final int staleSeconds;

    private DisplayGrant grant;
    private LiveUpdates.Subscription subscription;
    private final H1 title = new H1();
    private final Div paceTiles = new Div();
    private final EChart curve = wallChart("wall-curve");
    private final EChart hunters = wallChart("wall-hunters");
    private final EChart farmers = wallChart("wall-farmers");
    private final EChart pipeline = wallChart("wall-pipeline");
    private final Div standards = new Div();
    private final Div deadlines = new Div();
    private final Div banner = new Div();
    private final Span stale = new Span();

    public WallView(DisplayTokenService displays, PaceQuery paceQuery, TeamDashboardQuery dashboardQuery,
                    ScorecardQuery scorecardQuery, ReviewDeadlineQuery deadlineQuery, LiveUpdates live,
                    CompanySettings settings, Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${salespact.wall.stale-seconds:30}") int staleSeconds) {
        this.displays = displays;
        this.paceQuery = paceQuery;
        this.dashboardQuery = dashboardQuery;
        this.scorecardQuery = scorecardQuery;
        this.deadlineQuery = deadlineQuery;
        this.live = live;
        this.calendar = settings.calendar();
        this.currency = settings.currency();
        this.clock = clock;
        this.staleSeconds = Math.max(1, staleSeconds);
        setId("wall");
        addClassName("wall");
        getElement().getThemeList().add(Lumo.DARK);
    }

    private static EChart wallChart(String id) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setHeight("70vh");
        return chart;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DisplayGrant> opened = displays.open(event.getRouteParameters().get("token").orElse(""));
        if (opened.isEmpty()) {
            showDenied();
            return;
        }
        grant = opened.get();
        build();
        refresh();
        // The same view instance is reused when only the token changes, so (re)subscribe here too.
        getUI().ifPresent(this::listen);
    }

    private void listen(UI ui) {
        if (subscription != null) {
            subscription.cancel();
        }
        CoalescedRefresh figures = new CoalescedRefresh(ui, () -> {
            if (grant != null) {
                refresh();
            }
        });
        subscription = live.subscribe(grant.teamId(), teamEvent -> onTeamEvent(ui, teamEvent, figures));
        getElement().executeJs(ROTATE, grant.slideSeconds());
        getElement().executeJs(STALE, stale.getElement(), staleSeconds, getTranslation("wall.stale", "{0}"), contactTime());
    }

    /** The browser's "are you there?" (see {@link #STALE}): the server's time of day, or nothing once revoked. */
    @com.vaadin.flow.component.ClientCallable
    String stillThere() {
        return grant == null ? null : contactTime();
    }

    private String contactTime() {
        return CONTACT_TIME.format(clock.instant().atZone(clock.getZone()));
    }

    private void build() {
        removeAll();
        paceTiles.addClassName("wall-tiles");
        paceTiles.setId("wall-pace");
        standards.addClassName("wall-standards");
        standards.setId("wall-standards");
        deadlines.addClassName("wall-reviews");
        deadlines.setId("wall-reviews");
        banner.addClassName("wall-banner");
        banner.setId("wall-banner");
        Div slides = new Div(
                slide("wall.slide.pace", new Div(paceTiles, curve)),
                slide("wall.slide.hunters", hunters),
                slide("wall.slide.farmers", farmers),
                slide("wall.slide.standards", standards),
                slide("wall.slide.pipeline", pipeline),
                slide("wall.slide.reviews", deadlines));
        slides.addClassName("wall-slides");
        slides.getChildren().findFirst().ifPresent(first -> first.getElement().getClassList().add("active"));
        title.addClassName("wall-title");
        stale.addClassName("wall-stale");
        stale.setId("wall-stale");
        stale.getElement().setAttribute("hidden", true);
        stale.getElement().setAttribute("aria-live", "polite");
        add(title, slides, banner, stale);
    }

    private Div slide(String titleKey, com.vaadin.flow.component.Component content) {
        Div slide = new Div(new Span(getTranslation(titleKey)), content);
        slide.getChildren().findFirst().ifPresent(heading -> heading.getElement().getClassList().add("wall-slide-title"));
        slide.addClassName("wall-slide");
        return slide;
    }

    /** Re-reads every figure as the screen (its token is checked again) and updates the charts in place. */
    void refresh() {
        try {
            displays.callAs(grant, () -> {
                LocalDate today = LocalDate.now(clock);
                DateRange quarter = calendar.quarterOf(today);
                TeamPace pace = paceQuery.team(grant.teamId(), quarter, today);
                title.setText(grant.name() + " · " + calendar.quarterLabel(today));
                showPace(pace);
                curve.setOption(wall(DashboardCharts.salesCurve(dashboardQuery.salesCurve(grant.teamId(),
                        PeriodKind.QUARTER, quarter, today), PeriodKind.QUARTER, currency, this::getTranslation)));
                hunters.setOption(wall(DashboardCharts.attainment(ranked(pace, "HUNTER"), getTranslation("wall.of-target"))));
                farmers.setOption(wall(DashboardCharts.attainment(ranked(pace, "FARMER"), getTranslation("wall.of-target"))));
                pipeline.setOption(wall(DashboardCharts.pipeline(dashboardQuery.stageTotals(grant.teamId()), currency,
                        this::getTranslation)));
                showStandards(scorecardQuery.team(grant.teamId(), FiscalCalendar.isoWeekOf(today), today));
                showDeadlines(deadlineQuery.upcoming(grant.teamId(), new DateRange(today, today.plusDays(DEADLINE_DAYS))));
                getElement().executeJs(CONTACT, contactTime());
                return null;
            });
        } catch (AccessDeniedException revoked) {
            showDenied();
        }
    }

    private static ChartOption wall(ChartOption option) {
        return option.toBuilder().wallScreen().build();
    }

    private static List<RepPace> ranked(TeamPace pace, String style) {
        return pace.reps().stream().filter(rep -> style.equals(rep.repStyle()))
                .sorted(Comparator.comparing(RepPace::attainment, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    private void showPace(TeamPace pace) {
        paceTiles.removeAll();
        paceTiles.add(tile(getTranslation("wall.won"), Money.compact(pace.actualRevenue())),
                tile(getTranslation("wall.target"), Money.compact(pace.target())),
                tile(getTranslation("wall.pace"), com.salespact.base.Money.percent(pace.attainment()),
                        "pace-" + pace.pace().name().toLowerCase()));
    }

    private static Div tile(String label, String value, String... classes) {
        Span caption = new Span(label);
        caption.addClassName("wall-tile-label");
        Span number = new Span(value);
        number.addClassName("wall-tile-value");
        number.addClassNames(classes);
        Div tile = new Div(caption, number);
        tile.addClassName("wall-tile");
        return tile;
    }

    private void showStandards(List<WeekScorecard> cards) {
        standards.removeAll();
        long met = cards.stream().filter(WeekScorecard::allMet).count();
        Paragraph summary = new Paragraph(getTranslation("wall.standards-summary", met, cards.size()));
        summary.addClassName("wall-standards-summary");
        standards.add(summary);
        for (WeekScorecard card : cards) {
            Div row = new Div(new Span(card.repName()));
            row.addClassName("wall-standards-row");
            card.lines().forEach(line -> {
                Span cell = new Span(getTranslation("mas." + line.metric().name()) + " " + line.actual() + "/" + line.minimum());
                cell.addClassNames("rag-cell", "pace-" + line.pace().name().toLowerCase());
                row.add(cell);
            });
            standards.add(row);
        }
    }

    /** Upcoming 1:1s and plan reviews: day, kind and rep only (the wall never shows notes or feedback). */
    private void showDeadlines(List<ReviewDeadline> upcoming) {
        deadlines.removeAll();
        if (upcoming.isEmpty()) {
            deadlines.add(new Paragraph(getTranslation("wall.reviews.none")));
        }
        for (ReviewDeadline deadline : upcoming) {
            Span day = new Span(DEADLINE_DAY.format(deadline.date()));
            day.addClassName("wall-review-date");
            Div row = new Div(day, new Span(getTranslation("review.kind." + deadline.kind().name())),
                    new Span(deadline.repName()));
            row.addClassName("wall-review-row");
            deadlines.add(row);
        }
    }

    private void showDenied() {
        grant = null;
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        removeAll();
        Div denied = new Div(new H1(getTranslation("wall.denied.title")), new Paragraph(getTranslation("wall.denied.text")));
        denied.setId("wall-denied");
        denied.addClassName("wall-denied");
        add(denied);
    }

    /**
     * A revocation and a win show at once (each in its own round trip); every other change only re-reads the
     * figures, folded with the changes around it, so a busy team does not keep the screen re-reading.
     */
    private void onTeamEvent(UI ui, TeamEvent event, CoalescedRefresh figures) {
        if (event instanceof DisplayRevoked revoked) {
            ui.access(() -> {
                if (grant != null && revoked.tokenId() == grant.tokenId()) {
                    showDenied();
                }
            });
            return;
        }
        if (event instanceof DealChanged deal && deal.kind() == DealChanged.Kind.WON) {
            ui.access(() -> {
                if (grant != null) {
                    celebrate(deal);
                }
            });
        }
        figures.offer();
    }

    private void celebrate(DealChanged deal) {
        banner.removeAll();
        banner.add(new Span(getTranslation("wall.won-banner", deal.ownerName(), deal.dealName(),
                Money.format(deal.amount()))));
        banner.getElement().executeJs(CELEBRATE);
    }

    String bannerText() {
        return banner.getElement().getTextRecursively();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.getElement().getThemeList().add(Lumo.DARK);
        // A TV has nobody to click "reconnect": keep trying quietly, showing the last data meanwhile.
        ui.getReconnectDialogConfiguration().setReconnectAttempts(Integer.MAX_VALUE);
        ui.getReconnectDialogConfiguration().setReconnectInterval(5000);
        if (grant != null) {
            listen(ui);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
