package com.salespact.pact.ui;

import com.salespact.pact.ConsequencesStep;
import com.salespact.pact.LadderRung;

/** Step 4: the escalation ladder, agreed before anything is missed. */
class ConsequencesStepForm extends StepForm<ConsequencesStep> {

    private final RowsField<LadderRung> rungs = field("rungs", new RowsField<>(getTranslation("pact.consequences.ladder"),
            getTranslation("pact.consequences.add"), PactRows.rung(), true), ConsequencesStep::rungs);

    ConsequencesStepForm() {
        super(ConsequencesStep.class);
        rungs.setId("pact-ladder");
        rungs.setMaxRows(com.salespact.pact.LadderTrigger.values().length);
        rungs.setHelperText(getTranslation("pact.consequences.help"));
        getContent().add(rungs);
        getContent().setColspan(rungs, 2);
    }

    @Override
    ConsequencesStep value() {
        return new ConsequencesStep(rungs.getValue());
    }
}
