package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The pact in force for a rep, as reviews, catch-up plans and commission statements read it.
 *
 * @param signedAt   the manager's countersignature, when the version came into force
 * @param commission the commission plan signed with the version; null when none was (no plan when it was proposed,
 *                   or signed before plans were part of the pact)
 */
public record SignedTerms(long versionId, int number, LocalDate validFrom, LocalDate validUntil, PactDocument document,
                          Instant signedAt, PactCommission commission) {

    public ConsequenceLadder ladder() {
        return document.consequences().ladder();
    }
}
