package com.salespact.dashboard.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.CompanySettings;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamEvent;
import com.salespact.base.ui.CoalescedRefresh;
import com.salespact.dashboard.query.TeamBoardQuery;
import com.salespact.deals.DealChanged;
import com.salespact.reviews.query.ReviewDeadlineQuery;
import com.salespact.security.DisplayGrant;
import com.salespact.security.DisplayRevoked;
import com.salespact.security.DisplayTokenService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;

/**
 * The team wall screen for a TV: no login, opened with a display token, dark and large, slides rotating in the
 * browser (so they keep turning through network drops). Shows aggregates only — no 1:1 notes, feedback or
 * commission. A won deal raises a celebration banner within a second; a revoked token blanks the screen at once.
 */
@Route(value = "wall/:token", autoLayout = false)
@AnonymousAllowed
public class WallView extends Div implements HasDynamicTitle, BeforeEnterObserver {

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

    private final DisplayTokenService displays;
    private final LiveUpdates live;
    private final FiscalCalendar calendar;
    private final Clock clock;

    private DisplayGrant grant;
    private LiveUpdates.Subscription subscription;
    private final H1 title = new H1();
    private final WallSlides slides;
    private final WallBanner banner = new WallBanner();
    private final StaleMarker stale;

    public WallView(DisplayTokenService displays, TeamBoardQuery boards, ReviewDeadlineQuery deadlineQuery,
                    LiveUpdates live, CompanySettings settings, Clock clock, @Value("${salespact.wall.stale-seconds:30}") int staleSeconds) {
        this.displays = displays;
        this.live = live;
        this.calendar = settings.calendar();
        this.clock = clock;
        this.slides = new WallSlides(boards, deadlineQuery, settings.currency());
        this.stale = new StaleMarker(staleSeconds);
        setId("wall");
        addClassName("wall");
        getElement().getThemeList().add(Lumo.DARK);
        title.addClassName("wall-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DisplayGrant> opened = displays.open(event.getRouteParameters().get("token").orElse(""));
        if (opened.isEmpty()) {
            showDenied();
            return;
        }
        grant = opened.get();
        removeAll();
        add(title, slides, banner, stale);
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
        stale.watch(getElement(), contactTime());
    }

    /** The browser's "are you there?" (see {@link StaleMarker}): the server's time of day, or nothing once revoked. */
    @ClientCallable
    String stillThere() {
        return grant == null ? null : contactTime();
    }

    private String contactTime() {
        return UserFormats.current().time(clock.instant().atZone(clock.getZone()));
    }

    /** Re-reads every figure as the screen (its token is checked again) and updates the charts in place. */
    void refresh() {
        try {
            displays.callAs(grant, () -> {
                LocalDate today = LocalDate.now(clock);
                slides.refresh(grant.teamId(), today);
                title.setText(grant.name() + " · " + calendar.quarterLabel(today));
                stale.contact(getElement(), contactTime());
                return null;
            });
        } catch (AccessDeniedException revoked) {
            showDenied();
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
                    banner.celebrate(deal);
                }
            });
        }
        figures.offer();
    }

    String bannerText() {
        return banner.text();
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

    @Override
    public String getPageTitle() {
        return getTranslation("title.wall");
    }
}
