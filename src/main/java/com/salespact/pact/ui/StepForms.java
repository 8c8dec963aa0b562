package com.salespact.pact.ui;

import com.salespact.pact.FormulaOverrides;
import com.salespact.pact.MasLine;
import com.salespact.pact.PactService;
import com.salespact.pact.PactStep;
import com.salespact.pact.PactVersionDetails;
import com.salespact.pact.SalesFormula;
import com.salespact.pact.StepContent;
import java.math.BigDecimal;
import java.util.List;

/**
 * The form of each wizard step. Steps 1 and 5 work with the sales formula of the version as it stands now (the
 * autosave's, which the form may just have changed); step 5 can write its result into step 1's standards.
 */
final class StepForms {

    private final PactService pacts;
    private final StepAutosave autosave;

    StepForms(PactService pacts, StepAutosave autosave) {
        this.pacts = pacts;
        this.autosave = autosave;
    }

    StepForm<? extends StepContent> formFor(PactStep step) {
        return switch (step) {
            case TARGETS -> new TargetsStepForm(this::formulaLines,
                    pacts.periodChoices(autosave.details().document().targets().period()));
            case EXPECTATIONS -> new ExpectationsStepForm();
            case MOTIVATIONS -> new MotivationsStepForm();
            case CONSEQUENCES -> new ConsequencesStepForm();
            case ROLE -> new RoleStepForm(this::formula, autosave::applyToStandards);
        };
    }

    private SalesFormula formula(FormulaOverrides overrides) {
        PactVersionDetails details = autosave.details();
        return pacts.formula(details.repId(), details.document().targets().revenueTarget(), overrides);
    }

    private List<MasLine> formulaLines(BigDecimal revenueTarget) {
        PactVersionDetails details = autosave.details();
        FormulaOverrides overrides = details.document().role().formula();
        return pacts.formula(details.repId(), revenueTarget, overrides).result()
                .map(SalesFormula.Result::asMasLines).orElse(List.of());
    }
}
