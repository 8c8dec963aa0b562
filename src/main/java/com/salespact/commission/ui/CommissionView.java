package com.salespact.commission.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.DateRange;
import com.salespact.base.LiveUpdates;
import com.salespact.base.RuleViolation;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.commission.CommissionRights;
import com.salespact.commission.CommissionService;
import com.salespact.commission.QuestionLine;
import com.salespact.commission.RepStatement;
import com.salespact.commission.StatementPeriod;
import com.salespact.deals.DealChanged;
import com.salespact.goals.TargetChanged;
import com.salespact.people.NotificationCreated;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.CurrentUser;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rep's commission statement for a period: every won deal with the rule that paid it and the amount, totals, the
 * plan in words. What the signed-in person may do here comes from {@link CommissionService#rights()}: a rep sees only
 * their own and questions a line (their manager is notified); a manager picks a rep of their team, answers questions
 * and edits the plan; an admin sees everybody. Before a rep is picked, managers and admins see their team at a
 * glance ({@link TeamCommissionSummary}). Rep, team and period are in the URL ({@link CommissionNavigation}); what is
 * shown is re-read when a deal, a target or a question changes.
 */
@Route(CommissionNavigation.ROUTE)
@Menu(order = 7, icon = "WALLET", title = "nav.commission")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REP_NAME})
public class CommissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final CommissionService commission;
    private final SignedInUser user;
    private final CommissionRights rights;
    private final Clock clock;

    final StatementChoice choice;
    final TeamCommissionSummary team;
    private final H2 heading = new H2();
    private final Paragraph hint = new Paragraph();
    private final Div statementArea = new Div();
    final StatementSummary summary;
    final StatementGrid grid;
    private final StatementQuestions questions;
    final PlanEditor planEditor;

    private volatile Long repId;
    /** The team whose summary is shown while no rep is picked; null before the first one is shown. */
    private Long teamId;
    private StatementPeriod period;
    private RepStatement shown;

    public CommissionView(CommissionService commission, PeopleService people, CurrentUser currentUser,
                          LiveUpdates live, Clock clock) {
        this.commission = commission;
        this.user = currentUser.require();
        this.rights = commission.rights();
        this.clock = clock;
        this.period = commission.currentPeriod(StatementPeriod.DEFAULT_KIND);
        setId("commission-view");
        addClassName("commission-view");
        getStyle().set("--lumo-size-m", "44px"); // touch targets on tablets: fields, buttons and grid rows

        choice = new StatementChoice(commission, people, rights.chooseRep(), clock, chosen -> {
            repId = chosen;
            load();
        }, chosen -> {
            period = chosen;
            load();
        });
        team = new TeamCommissionSummary(commission, rights.teamSummary() ? people.visibleTeams() : List.of(),
                chosen -> {
                    teamId = chosen;
                    load();
                }, chosen -> CommissionNavigation.open(chosen, period));
        questions = new StatementQuestions(commission, rights, clock.getZone(), this::openStatementOf, this::load);
        summary = new StatementSummary(commission.format(), clock.getZone());
        grid = new StatementGrid(commission.format(), questions::ask);
        planEditor = new PlanEditor(commission, this::load);
        heading.setId("commission-heading");
        hint.setId("commission-hint");
        statementArea.addClassName("commission-statement");
        statementArea.add(summary, grid);

        add(choice, heading, hint);
        if (rights.teamSummary()) {
            add(team);
        }
        add(statementArea, questions.ofRep);
        if (rights.editPlan()) {
            add(planEditor);
        }
        if (rights.answerQuestions()) {
            add(questions.toAnswer);
        }
        // Coalesced: the team summary works out a statement per rep, so a burst of changes is read once.
        LiveRefresh.coalesced(this, live, user::teamId, this::concerns, this::load);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commission.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        period = CommissionNavigation.period(parameters).orElseGet(
                () -> commission.currentPeriod(StatementPeriod.DEFAULT_KIND));
        Long asked = CommissionNavigation.rep(parameters).orElse(null);
        teamId = CommissionNavigation.team(parameters).orElse(teamId);
        if (rights.chooseRep()) {
            repId = asked;
        } else {
            if (asked != null && asked != user.personId()) {
                // Another rep's id in the URL: their statement is not shown, the rep's own is.
                FormErrors.error(getTranslation("commission.own-only"));
            }
            repId = user.personId();
        }
        load();
    }

    /** Re-reads the statement, questions and plan of the chosen rep and period. */
    void load() {
        shown = null;
        if (repId != null) {
            try {
                shown = commission.statement(repId, period);
            } catch (AccessDeniedException | RuleViolation unavailable) {
                // Somebody else's rep looks exactly like a missing one: nothing is revealed.
                FormErrors.error(getTranslation("commission.not-found"));
                repId = rights.chooseRep() ? null : user.personId();
                shown = repId == null ? null : commission.statement(repId, period);
            }
        }
        choice.show(repId, period);
        Long summaryTeam = showTeamSummary();
        CommissionNavigation.showState(rights.chooseRep() ? repId : null, summaryTeam, period);
        render();
    }

    /** @return the team shown, when it belongs in the address (a choice among several); else null */
    private Long showTeamSummary() {
        if (!rights.teamSummary() || repId != null) {
            team.setVisible(false);
            return null;
        }
        TeamSummary shownTeam = team.show(teamId, period, choice.label(period));
        teamId = shownTeam == null ? null : shownTeam.id();
        return team.choosesTeam() ? teamId : null;
    }

    private void render() {
        statementArea.setVisible(shown != null);
        planEditor.setVisible(shown != null && rights.editPlan());
        hint.setVisible(shown == null);
        hint.setText(getTranslation("commission.pick-rep"));
        List<QuestionLine> repQuestions = questions.show(repId);
        if (shown == null) {
            heading.setText(getTranslation("commission.title"));
            return;
        }
        DateRange range = shown.range();
        heading.setText(getTranslation("commission.heading", shown.repName(), choice.label(shown.period()),
                UserFormats.current().date(range.start()), UserFormats.current().date(range.end())));
        summary.show(shown);
        Set<Long> open = repQuestions.stream().filter(question -> !question.answered())
                .map(QuestionLine::dealId).collect(Collectors.toSet());
        grid.show(shown.statement(), rights.askQuestions(), open);
        if (rights.editPlan()) {
            planEditor.show(shown);
        }
    }

    private void openStatementOf(QuestionLine question) {
        repId = question.repId();
        LocalDate wonOn = question.wonOn() == null ? LocalDate.now(clock) : question.wonOn();
        period = StatementPeriod.containing(StatementPeriod.DEFAULT_KIND, commission.calendar(), wonOn);
        load();
    }

    /** Decided off the UI lock, so {@code repId} is volatile. */
    private boolean concerns(TeamEvent event) {
        return switch (event) {
            // Without a rep picked, the team summary shows every rep's figures.
            case DealChanged deal -> repId == null || Objects.equals(deal.ownerId(), repId);
            case TargetChanged target -> repId == null || target.personId() == null
                    || Objects.equals(target.personId(), repId);
            case NotificationCreated note -> note.personId() == user.personId(); // a question, an answer, a plan
            case TeamDataChanged imported -> true;
            default -> false;
        };
    }
}
