package com.salespact.pact.ui;

import com.salespact.pact.ExpectationsStep;
import com.salespact.pact.ManagerCommitment;
import com.vaadin.flow.component.textfield.TextArea;

/** Step 2: what each side expects of the other; the manager's commitments are measured like the rep's MAS. */
class ExpectationsStepForm extends StepForm<ExpectationsStep> {

    private final TextArea repKpis = field("repKpis", textArea(getTranslation("pact.expectations.kpis"), 2000),
            ExpectationsStep::repKpis);
    private final TextArea responsibilities = field("responsibilities",
            textArea(getTranslation("pact.expectations.responsibilities"), 2000), ExpectationsStep::responsibilities);
    private final RowsField<ManagerCommitment> commitments = field("commitments",
            new RowsField<>(getTranslation("pact.expectations.commitments"),
                    getTranslation("pact.expectations.add-commitment"), PactRows.commitment(), false),
            ExpectationsStep::commitments);
    private final TextArea obstacles = field("obstacles", textArea(getTranslation("pact.expectations.obstacles"), 2000),
            ExpectationsStep::obstacles);
    private final TextArea remedy = field("remedy", textArea(getTranslation("pact.expectations.remedy"), 2000),
            ExpectationsStep::remedy);

    ExpectationsStepForm() {
        super(ExpectationsStep.class);
        repKpis.setId("pact-kpis");
        responsibilities.setId("pact-responsibilities");
        commitments.setId("pact-commitments");
        commitments.setHelperText(getTranslation("pact.expectations.commitments-help"));
        obstacles.setId("pact-obstacles");
        remedy.setId("pact-remedy");
        getContent().add(repKpis, responsibilities, commitments, obstacles, remedy);
        getContent().setColspan(commitments, 2);
    }

    @Override
    ExpectationsStep value() {
        return new ExpectationsStep(repKpis.getValue(), responsibilities.getValue(), commitments.getValue(),
                obstacles.getValue(), remedy.getValue());
    }
}
