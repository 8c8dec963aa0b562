package com.salespact.pact.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.pact.GoalFlexibility;
import com.salespact.pact.Motivator;
import com.salespact.pact.MotivationsStep;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Step 3: what drives the rep, ranked (move up and down), their goals, and how flexible the targets are. */
class MotivationsStepForm extends StepForm<MotivationsStep> {

    private final RowsField<Motivator> motivators = field("rankedMotivators",
            new RowsField<>(getTranslation("pact.motivations.ranked"), getTranslation("pact.motivations.add"),
                    PactRows.motivator(), true), MotivationsStep::rankedMotivators);
    private final TextArea personalGoals = field("personalGoals",
            textArea(getTranslation("pact.motivations.goals"), 2000), MotivationsStep::personalGoals);
    private final TextArea recognition = field("recognition",
            textArea(getTranslation("pact.motivations.recognition"), 2000), MotivationsStep::recognition);
    private final Select<GoalFlexibility> flexibility = field("flexibility",
            PactRows.select(getTranslation("pact.motivations.flexibility"), GoalFlexibility.values(), "pact.flexibility."),
            MotivationsStep::flexibility);
    private final TextField flexibilityNote = field("flexibilityNote",
            new LimitedTextField(getTranslation("pact.motivations.flexibility-note"), 500), MotivationsStep::flexibilityNote);

    MotivationsStepForm() {
        super(MotivationsStep.class);
        motivators.setId("pact-motivators");
        motivators.setMaxRows(MotivationsStep.MAX_MOTIVATORS);
        motivators.setHelperText(getTranslation("pact.motivations.ranked-help"));
        personalGoals.setId("pact-personal-goals");
        recognition.setId("pact-recognition");
        flexibility.setId("pact-flexibility");
        flexibility.setLabel(getTranslation("pact.motivations.flexibility"));
        flexibilityNote.setId("pact-flexibility-note");
        syncAsTyped(flexibilityNote);
        getContent().add(motivators, personalGoals, recognition, flexibility, flexibilityNote);
        getContent().setColspan(motivators, 2);
        // A motivator picked twice is wrong the moment it happens, not only on "Next" (an empty list is merely
        // unfinished, so that waits for "Next").
        motivators.addValueChangeListener(event -> {
            if (!event.isFromClient() || value().rankedMotivators().isEmpty()) {
                return;
            }
            value().problems().stream().filter(problem -> problem.field().equals("rankedMotivators")).findFirst()
                    .ifPresent(problem -> {
                        motivators.setErrorMessage(problem.message());
                        motivators.setInvalid(true);
                    });
        });
    }

    @Override
    MotivationsStep value() {
        return new MotivationsStep(motivators.getValue().stream().filter(java.util.Objects::nonNull).toList(),
                personalGoals.getValue(), recognition.getValue(), flexibility.getValue(), flexibilityNote.getValue());
    }
}
