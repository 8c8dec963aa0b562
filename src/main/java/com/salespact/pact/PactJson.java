package com.salespact.pact;

/** A step as stored in its pact_version column, for bulk writers (the demo seed) that bypass JPA. */
public final class PactJson {

    private PactJson() {
    }

    public static String of(StepContent step) {
        return StepJson.write(step);
    }
}
