package com.salespact.pact.ui;

import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.MasLine;
import com.salespact.pact.RoleStep;
import com.salespact.pact.SalesFormula;
import com.salespact.pact.StepProblem;
import com.salespact.pact.TrainingLine;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Step 5: the role, the sales formula, coaching focus and the training plan with dates. */
class RoleStepForm extends StepForm<RoleStep> {

    private final TextArea role = field("roleDescription", textArea(getTranslation("pact.role.description"), 4000),
            RoleStep::roleDescription);
    private final RowsField<String> focus = field("coachingFocus", new RowsField<>(getTranslation("pact.role.focus"),
            getTranslation("pact.role.add-focus"), PactRows.focusArea(), false), RoleStep::coachingFocus);
    private final RowsField<TrainingLine> training = field("training", new RowsField<>(
            getTranslation("pact.role.training"), getTranslation("pact.role.add-training"), PactRows.training(), false),
            RoleStep::training);
    private final FormulaPanel formula;

    RoleStepForm(Function<FormulaOverrides, SalesFormula> calculator, Consumer<List<MasLine>> applyToStandards) {
        super(RoleStep.class);
        formula = new FormulaPanel(calculator, applyToStandards);
        role.setId("pact-role");
        focus.setId("pact-focus");
        training.setId("pact-training");
        getContent().add(role, formula, focus, training);
        getContent().setColspan(role, 2);
        getContent().setColspan(formula, 2);
        getContent().setColspan(focus, 2);
        getContent().setColspan(training, 2);
    }

    @Override
    void onChange(Runnable listener) {
        super.onChange(listener);
        formula.onChange(listener);
    }

    @Override
    void read(RoleStep step) {
        super.read(step);
        formula.read(step.formula(), false);
    }

    @Override
    RoleStep value() {
        return new RoleStep(role.getValue(), formula.value(), focus.getValue(), training.getValue());
    }

    @Override
    void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        formula.setReadOnly(readOnly);
    }

    @Override
    List<StepProblem> showProblems(List<StepProblem> problems) {
        List<StepProblem> rest = super.showProblems(problems);
        return rest.stream().filter(problem -> {
            var field = switch (problem.field()) {
                case "averageDealSize" -> formula.averageDealSize;
                case "winRatePercent" -> formula.winRate;
                case "meetingToOpportunityPercent" -> formula.meetingToOpportunity;
                case "callToMeetingPercent" -> formula.callToMeeting;
                default -> null;
            };
            if (problem.field().equals("sellingWeeks")) {
                formula.sellingWeeks.setErrorMessage(problem.message());
                formula.sellingWeeks.setInvalid(true);
                return false;
            }
            if (field == null) {
                return true;
            }
            field.setErrorMessage(problem.message());
            field.setInvalid(true);
            return false;
        }).toList();
    }
}
