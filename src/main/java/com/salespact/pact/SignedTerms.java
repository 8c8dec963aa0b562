package com.salespact.pact;

import java.time.LocalDate;

/** The pact in force for a rep, as reviews and catch-up plans read it. */
public record SignedTerms(long versionId, int number, LocalDate validFrom, LocalDate validUntil, PactDocument document) {

    public ConsequenceLadder ladder() {
        return document.consequences().ladder();
    }
}
