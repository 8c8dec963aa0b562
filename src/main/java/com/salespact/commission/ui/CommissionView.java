package com.salespact.commission.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.commission.PlanConflictException;
import com.salespact.commission.PlanTermsDraft;
import com.salespact.base.DateRange;
import com.salespact.base.LiveUpdates;
import com.salespact.base.PeriodKind;
import com.salespact.base.RuleViolation;
import com.salespact.base.TeamDataChanged;
import com.salespact.base.TeamEvent;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.LiveRefresh;
import com.salespact.commission.CommissionService;
import com.salespact.commission.PlanDetails;
import com.salespact.commission.QuestionLine;
import com.salespact.commission.RepStatement;
import com.salespact.commission.StatementLine;
import com.salespact.commission.StatementPeriod;
import com.salespact.deals.DealChanged;
import com.salespact.goals.TargetChanged;
import com.salespact.people.NotificationCreated;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.CurrentUser;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rep's commission statement for a period: every won deal with the rule that paid it and the amount, totals, the
 * plan in words. A rep sees only their own and questions a line (their manager is notified); a manager picks a rep
 * of their team, answers questions and edits the plan; an admin sees everybody. Rep and period are in the URL
 * ({@link CommissionNavigation}); the statement is re-read when a deal, a target or a question changes.
 */
@Route(CommissionNavigation.ROUTE)
@Menu(order = 7, icon = "WALLET", title = "nav.commission")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME, Role.REP_NAME})
public class CommissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private final CommissionService commission;
    private final PeopleService people;
    private final SignedInUser user;
    private final Clock clock;

    final ComboBox<PersonSummary> repPicker = new ComboBox<>();
    final Select<PeriodKind> kindSelect = new Select<>();
    final Select<StatementPeriod> periodSelect = new Select<>();
    private final H2 heading = new H2();
    private final Paragraph hint = new Paragraph();
    private final Div statementArea = new Div();
    final StatementSummary summary;
    final StatementGrid grid;
    final QuestionList questions;
    final QuestionList toAnswer;
    private final Div planEditor = new Div();
    private final H3 planTitle = new H3();
    final CommissionPlanForm planForm = new CommissionPlanForm();
    final Button savePlan = new Button();

    private volatile Long repId;
    private StatementPeriod period;
    private RepStatement shown;
    /** Set while the view itself changes the pickers, so their listeners stay quiet. */
    private boolean loading;

    public CommissionView(CommissionService commission, PeopleService people, CurrentUser currentUser,
                          LiveUpdates live, Clock clock) {
        this.commission = commission;
        this.people = people;
        this.user = currentUser.require();
        this.clock = clock;
        this.period = commission.currentPeriod(StatementPeriod.DEFAULT_KIND);
        setId("commission-view");
        addClassName("commission-view");
        getStyle().set("--lumo-size-m", "44px"); // touch targets on tablets: fields, buttons and grid rows

        summary = new StatementSummary(commission.format(), clock.getZone());
        grid = new StatementGrid(commission.format(), this::askAbout);
        questions = new QuestionList("commission-questions", clock.getZone(), this::answer, this::openStatementOf);
        toAnswer = new QuestionList("commission-to-answer", clock.getZone(), this::answer, this::openStatementOf);

        Div toolbar = new Div();
        toolbar.addClassName("toolbar");
        repPicker.setId("commission-rep");
        repPicker.setLabel(getTranslation("commission.rep"));
        repPicker.setItemLabelGenerator(PersonSummary::fullName);
        repPicker.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null) {
                repId = event.getValue().id();
                load();
            }
        });
        kindSelect.setId("commission-kind");
        kindSelect.setLabel(getTranslation("commission.kind"));
        kindSelect.setItems(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR);
        kindSelect.setItemLabelGenerator(kind -> getTranslation("commission.kind." + kind.name()));
        kindSelect.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null && event.getValue() != period.kind()) {
                LocalDate end = period.range(commission.calendar()).end();
                LocalDate today = LocalDate.now(clock);
                period = StatementPeriod.containing(event.getValue(), commission.calendar(),
                        end.isAfter(today) ? today : end);
                load();
            }
        });
        periodSelect.setId("commission-period");
        periodSelect.setLabel(getTranslation("commission.period"));
        periodSelect.setItemLabelGenerator(this::label);
        periodSelect.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null && !event.getValue().equals(period)) {
                period = event.getValue();
                load();
            }
        });
        if (!user.isRep()) {
            repPicker.setItems(people.visibleReps());
            toolbar.add(repPicker);
        }
        toolbar.add(kindSelect, periodSelect);

        heading.setId("commission-heading");
        hint.setId("commission-hint");
        statementArea.addClassName("commission-statement");
        statementArea.add(summary, grid);

        planTitle.setId("commission-plan-title");
        savePlan.setId("commission-plan-save");
        savePlan.setText(getTranslation("commission.plan.save"));
        savePlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePlan.addClickListener(event -> savePlan());
        Div planActions = new Div(savePlan);
        planActions.addClassName("form-actions");
        Paragraph planHelp = new Paragraph(getTranslation("commission.plan.help"));
        planHelp.addClassName("commission-plan-help");
        planEditor.setId("commission-plan-editor");
        planEditor.addClassName("editor");
        planEditor.add(planTitle, planHelp, planForm, planActions);

        add(toolbar, heading, hint, statementArea, questions);
        if (!user.isRep()) {
            add(planEditor, toAnswer);
        }
        LiveRefresh.bind(this, live, user::teamId, this::concerns, event -> load());
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
        if (user.isRep()) {
            if (asked != null && asked != user.personId()) {
                // Another rep's id in the URL: their statement is not shown, the rep's own is.
                FormErrors.error(getTranslation("commission.own-only"));
            }
            repId = user.personId();
        } else {
            repId = asked;
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
                repId = user.isRep() ? user.personId() : null;
                shown = repId == null ? null : commission.statement(repId, period);
            }
        }
        loading = true;
        try {
            kindSelect.setValue(period.kind());
            periodSelect.setItems(periodsAround(period));
            periodSelect.setValue(period);
            if (!user.isRep()) {
                repPicker.setValue(repId == null ? null : repPicker.getListDataView().getItems()
                        .filter(rep -> rep.id() == repId).findFirst().orElse(null));
            }
        } finally {
            loading = false;
        }
        updateLocation();
        render();
    }

    private void render() {
        statementArea.setVisible(shown != null);
        planEditor.setVisible(shown != null && !user.isRep());
        hint.setVisible(shown == null);
        hint.setText(getTranslation("commission.pick-rep"));
        List<QuestionLine> repQuestions = repId == null ? List.of() : commission.questions(repId);
        if (shown == null) {
            heading.setText(getTranslation("commission.title"));
        } else {
            DateRange range = shown.range();
            heading.setText(getTranslation("commission.heading", shown.repName(), label(shown.period()),
                    DAY.format(range.start()), DAY.format(range.end())));
            summary.show(shown);
            Set<Long> open = repQuestions.stream().filter(question -> !question.answered())
                    .map(QuestionLine::dealId).collect(Collectors.toSet());
            grid.show(shown.statement(), user.isRep(), open);
            if (!user.isRep()) {
                showPlan(shown.plan());
            }
        }
        questions.setVisible(repId != null);
        questions.show(getTranslation(user.isRep() ? "commission.questions.mine" : "commission.questions.rep"),
                getTranslation("commission.questions.none"), repQuestions, false, !user.isRep());
        if (!user.isRep()) {
            toAnswer.show(getTranslation("commission.questions.to-answer"),
                    getTranslation("commission.questions.none-open"), commission.openQuestions(), true, true);
        }
    }

    private void showPlan(PlanDetails plan) {
        planTitle.setText(getTranslation("commission.plan.title", String.valueOf(shown.period().fiscalYear()),
                shown.repName()));
        planForm.edit(PlanDraft.of(plan == null ? null : plan.terms()));
    }

    private void savePlan() {
        RepStatement statement = shown;
        if (statement == null) {
            return;
        }
        planForm.write().ifPresent(draft -> {
            PlanDetails loaded = statement.plan();
            if (loaded != null) {
                savePlanEdit(statement, new Edit<>(loaded.version(), PlanTermsDraft.of(loaded.terms()), draft.terms()));
                return;
            }
            try {
                PlanDetails plan = statement.plan();
                commission.savePlan(statement.repId(), statement.period().fiscalYear(),
                        PlanDraft.fraction(draft.getRevenuePercent()), PlanDraft.fraction(draft.getGpPercent()),
                        PlanDraft.fraction(draft.getThresholdPercent()), draft.getMultiplier(),
                        plan == null ? null : plan.version());
                // With terms signed in the pact in force, a new plan pays only once a new pact version is signed.
                boolean signed = statement.pact() != null && statement.pact().termsSigned();
                FormErrors.success(getTranslation("commission.plan.saved", statement.repName(),
                        String.valueOf(statement.period().fiscalYear())) + (signed ? " " + getTranslation(
                        "commission.pact.saved-pending", statement.pact().number()) : ""));
                load();
            } catch (RuleViolation refused) {
                planForm.showError(refused);
            } catch (ConcurrentEditException raced) {
                FormErrors.error(getTranslation("error.concurrent"));
            }
        });
    }

    /** Saves what the user changed; a term saved meanwhile by somebody else is kept, a clash is asked per term. */
    private void savePlanEdit(RepStatement statement, Edit<PlanTermsDraft> edit) {
        try {
            PlanDetails saved = commission.savePlan(statement.repId(), statement.period().fiscalYear(), edit);
            Set<String> alsoKept = PlanTermsDraft.FIELDS.changed(edit.mine(), PlanTermsDraft.of(saved.terms()));
            boolean signed = statement.pact() != null && statement.pact().termsSigned();
            FormErrors.success((alsoKept.isEmpty() ? getTranslation("commission.plan.saved", statement.repName(),
                    String.valueOf(statement.period().fiscalYear()))
                    : getTranslation("merge.kept-theirs", planForm.labelsOf(alsoKept)))
                    + (signed ? " " + getTranslation("commission.pact.saved-pending", statement.pact().number()) : ""));
            load();
        } catch (RuleViolation refused) {
            planForm.showError(refused);
        } catch (PlanConflictException conflict) {
            Merge<PlanTermsDraft> merge = PlanTermsDraft.FIELDS.merge(edit.base(), edit.mine(), conflict.current());
            new FieldConflictDialog(getTranslation("commission.plan.conflict.title"), conflict.conflicts(),
                    planForm.conflictLabels(), keepMine -> savePlanEdit(statement,
                    new Edit<>(conflict.currentVersion(), conflict.current(), merge.resolve(keepMine)))).open();
        } catch (ConcurrentEditException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    private void askAbout(StatementLine line) {
        String context = getTranslation("commission.question.context", line.deal().name(),
                line.deal().wonOn().toString(), commission.format().money(line.deal().amount()),
                commission.format().cents(line.commission()));
        new QuestionDialog(getTranslation("commission.question.title"), context,
                getTranslation("commission.question.label"), getTranslation("commission.question.send"),
                text -> commission.questionLine(line.deal().dealId(), text), () -> {
                    FormErrors.success(getTranslation("commission.question.sent"));
                    load();
                }).open();
    }

    private void answer(QuestionLine question) {
        new QuestionDialog(getTranslation("commission.answer.title", question.repName()), question.question(),
                getTranslation("commission.answer.label"), getTranslation("commission.answer.send"),
                text -> commission.answer(question.id(), text), () -> {
                    FormErrors.success(getTranslation("commission.answer.sent"));
                    load();
                }).open();
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
            case DealChanged deal -> Objects.equals(deal.ownerId(), repId);
            case TargetChanged target -> target.personId() == null || Objects.equals(target.personId(), repId);
            case NotificationCreated note -> note.personId() == user.personId(); // a question, an answer, a plan
            case TeamDataChanged imported -> true;
            default -> false;
        };
    }

    private void updateLocation() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(CommissionNavigation.ROUTE,
                CommissionNavigation.parameters(user.isRep() ? null : repId, period)));
    }

    /** The last periods of the kind up to this one, and the chosen one wherever it is. */
    private List<StatementPeriod> periodsAround(StatementPeriod chosen) {
        StatementPeriod current = commission.currentPeriod(chosen.kind());
        int back = switch (chosen.kind()) {
            case MONTH -> 17;
            case YEAR -> 2;
            default -> 7;
        };
        TreeSet<StatementPeriod> periods = new TreeSet<>(java.util.Comparator
                .comparing((StatementPeriod p) -> p.range(commission.calendar()).start()));
        for (int step = -back; step <= 0; step++) {
            periods.add(current.plus(step));
        }
        periods.add(chosen);
        return new ArrayList<>(periods.descendingSet());
    }

    String label(StatementPeriod value) {
        return switch (value.kind()) {
            case QUARTER -> getTranslation("commission.period.quarter", String.valueOf(value.number()),
                    String.valueOf(value.fiscalYear()));
            case MONTH -> MONTH.format(value.range(commission.calendar()).start());
            default -> getTranslation("commission.period.year", String.valueOf(value.fiscalYear()));
        };
    }
}
