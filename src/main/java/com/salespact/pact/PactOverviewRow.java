package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One rep's line in the pact list: the version in force today (if any), next period's signed version waiting for its
 * start date (if any), the version being prepared (if any), whether the rep's targets still match what the pact set,
 * and the rung of the ladder reached. {@code state} is what the manager should act on first.
 */
public record PactOverviewRow(long repId, String repName, PactState state, Long signedVersionId, Integer signedNumber,
                              Instant signedAt, LocalDate validFrom, LocalDate validUntil, Long openVersionId,
                              Integer openNumber, PactStatus openStatus, int openLastStep, LocalDate openPeriodStart,
                              Long nextVersionId, Integer nextNumber, LocalDate nextFrom, boolean outOfStep,
                              LadderPosition ladder) {

    public boolean hasPact() {
        return signedVersionId != null || openVersionId != null || nextVersionId != null;
    }
}
