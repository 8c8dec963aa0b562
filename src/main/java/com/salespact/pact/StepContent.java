package com.salespact.pact;

import java.util.List;
import java.util.Map;

/** The content of one wizard step: it knows what makes it complete and how it reads in a field-by-field diff. */
public sealed interface StepContent permits TargetsStep, ExpectationsStep, MotivationsStep, ConsequencesStep, RoleStep {

    PactStep step();

    /** Empty when the step is complete. */
    List<StepProblem> problems();

    /** Label → readable value, in form order; two versions differ where these differ. */
    Map<String, String> fields();

    /** The same as read in a pact: amounts with the currency, the formula's numbers where the step has them. */
    default Map<String, String> fields(PactReading reading) {
        return fields();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
