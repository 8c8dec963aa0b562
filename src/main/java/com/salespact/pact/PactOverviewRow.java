package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One rep's line in the pact list: the signed version in force (if any) and the version being prepared (if any).
 * {@code state} is what the manager should act on first.
 */
public record PactOverviewRow(long repId, String repName, PactState state, Long signedVersionId, Integer signedNumber,
                              Instant signedAt, LocalDate validUntil, Long openVersionId, Integer openNumber,
                              PactStatus openStatus, int openLastStep) {

    public boolean hasPact() {
        return signedVersionId != null || openVersionId != null;
    }
}
