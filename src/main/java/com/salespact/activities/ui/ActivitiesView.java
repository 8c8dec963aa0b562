package com.salespact.activities.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.activities.ActivityKind;
import com.salespact.activities.ActivityRow;
import com.salespact.activities.ActivityService;
import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.activities.ActivityChanged;
import com.salespact.base.LiveUpdates;
import com.salespact.base.TeamDataChanged;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * This week's activities against the minimum standards, one-tap logging, and the activity history.
 * A rep sees their own; a manager (or an admin, choosing the team) opens on the team's week against the standards,
 * reps behind first, and picks a rep from it or the picker (see {@link ActivitiesNavigation} for the address).
 */
@Route("activities")
@Menu(order = 3, icon = "PHONE", title = "nav.activities")
@PermitAll
public class ActivitiesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ActivityService activities;
    private final ScorecardQuery scorecards;
    private final Clock clock;
    private final Div tiles = new Div();
    private final Grid<ActivityRow> history = new Grid<>();
    private final ComboBox<PersonSummary> rep = new ComboBox<>();
    private final SignedInUser user;
    /** The rep's week and history: a rep's whole page, a manager's once a rep is picked. */
    private final Div repWeek = new Div();
    /** The team's week for managers and admins (null for a rep). */
    private final TeamWeekSection teamWeek;
    /** The team asked for in the address or the picker; null: the person's first team. */
    private Long teamToShow;
    /** Set while {@link #beforeEnter} sets the picker from the address, which then refreshes once. */
    private boolean entering;
    private Registration logged;

    public ActivitiesView(ActivityService activities, ScorecardQuery scorecards,
                          PeopleService people, CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.activities = activities;
        this.scorecards = scorecards;
        this.clock = clock;
        this.user = currentUser.require();
        setId("activities-view");
        addClassName("activities-view");

        // Managers and admins open on the team's week; a rep on their own.
        teamWeek = user.isRep() ? null : new TeamWeekSection(scorecards, people.visibleTeams(), this::showTeam,
                ActivitiesNavigation::open);

        rep.setLabel(getTranslation("activities.rep"));
        rep.setItems(people.visibleReps());
        rep.setItemLabelGenerator(PersonSummary::fullName);
        rep.setId("activity-rep");
        rep.setVisible(!user.isRep());
        rep.setClearButtonVisible(true);
        rep.setPlaceholder(getTranslation("activities.team.whole"));
        rep.addValueChangeListener(event -> {
            if (entering) {
                return;
            }
            refresh();
            if (event.isFromClient() && teamWeek != null) {
                ActivitiesNavigation.showState(selectedRep(), teamWeek.choosesTeam() && teamWeek.team() != null
                        ? teamWeek.team().id() : null);
            }
        });

        tiles.addClassName("kpi-row");
        tiles.setId("mas-tiles");
        Div quickLog = new Div();
        quickLog.addClassName("activity-kinds");
        for (ActivityKind kind : ActivityKind.values()) {
            Button button = new Button(getTranslation("activity." + kind.name()),
                    LogActivityDialog.iconFor(kind).create(), event -> quickLog(kind));
            button.addThemeVariants(ButtonVariant.LUMO_LARGE);
            button.setId("quick-" + kind.name().toLowerCase());
            quickLog.add(button);
        }

        history.setId("activity-history");
        history.addColumn(row -> UserFormats.current().weekdayDayMonth(row.date())).setHeader(getTranslation("activities.date"));
        history.addColumn(row -> getTranslation("activity." + row.kind().name())).setHeader(getTranslation("activities.kind"));
        history.addColumn(ActivityRow::repName).setHeader(getTranslation("activities.rep"));
        history.addColumn(row -> row.accountName() == null ? "" : row.accountName())
                .setHeader(getTranslation("deals.account")).setFlexGrow(2);
        history.addColumn(row -> row.dealName() == null ? "" : row.dealName())
                .setHeader(getTranslation("activities.deal")).setFlexGrow(2);
        history.setItems(query -> activities.list(selectedRep(), null, query.getOffset(), query.getLimit()).stream(),
                query -> activities.count(selectedRep(), null));
        history.setHeight("420px");

        repWeek.setId("activities-rep-week");
        repWeek.setWidthFull();
        repWeek.add(new H3(getTranslation("activities.this-week")), tiles, quickLog,
                new H3(getTranslation("activities.history")), history);
        add(rep);
        if (teamWeek != null) {
            add(teamWeek);
        }
        add(repWeek);
        if (user.isRep()) {
            refresh();
        }
        // A rep's page moves only with their own activities; a manager's with the team's (any rep may be picked).
        LiveRefresh.coalesced(this, live, () -> user.teamId(), event -> event instanceof TeamDataChanged
                || event instanceof ActivityChanged logged && (!user.isRep() || logged.repId() == user.personId()),
                this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (teamWeek == null) {
            return;
        }
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Long repId = ActivitiesNavigation.rep(parameters).orElse(null);
        entering = true;
        try {
            rep.setValue(rep.getListDataView().getItems().filter(each -> repId != null && each.id() == repId)
                    .findFirst().orElse(null));
        } finally {
            entering = false;
        }
        teamToShow = ActivitiesNavigation.team(parameters).orElse(null);
        refresh();
    }

    /** An admin picked another team: its week, kept in the address. */
    private void showTeam(long teamId) {
        teamToShow = teamId;
        refresh();
        ActivitiesNavigation.showState(null, teamId);
    }

    private Long selectedRep() {
        return user.isRep() ? Long.valueOf(user.personId()) : rep.getValue() == null ? null : rep.getValue().id();
    }

    private void quickLog(ActivityKind kind) {
        Long repId = selectedRep();
        if (repId == null) {
            FormErrors.error(getTranslation("activities.pick-rep"));
            return;
        }
        try {
            activities.log(repId, kind, LocalDate.now(clock));
            FormErrors.success(getTranslation("activities.logged", getTranslation("activity." + kind.name())));
            refresh();
        } catch (RuleViolation violation) {
            FormErrors.error(violation.getMessage());
        }
    }

    void refresh() {
        tiles.removeAll();
        Long repId = selectedRep();
        LocalDate today = LocalDate.now(clock);
        DateRange week = FiscalCalendar.isoWeekOf(today);
        repWeek.setVisible(repId != null);
        if (teamWeek != null) {
            teamWeek.setVisible(repId == null);
            if (repId == null) {
                teamWeek.show(teamToShow, week, today);
                return;
            }
        }
        if (repId != null) {
            WeekScorecard card = scorecards.rep(repId, week, today);
            for (ScoreLine line : card.lines()) {
                KpiCard tile = new KpiCard(getTranslation("mas." + line.metric().name()),
                        line.actual() + " / " + line.minimum(),
                        getTranslation("activities.due-by-now", UserFormats.current().number(line.dueByNow(), 0)));
                tile.setId("mas-" + line.metric().name().toLowerCase());
                tile.withPace(line.pace(), line.attainment());
                tiles.add(tile);
            }
        }
        history.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        logged = ComponentUtil.addListener(event.getUI(), ActivityLogged.class, e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (logged != null) {
            logged.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.activities");
    }
}
