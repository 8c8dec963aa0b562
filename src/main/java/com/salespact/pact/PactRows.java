package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@link PactService} reads in SQL: the pact list's rows and whether a signed version's targets still match the
 * rep's. Callers check access. Implemented in {@code pact.query}, which may use this package; this package never
 * uses that one.
 */
public interface PactRows {

    /** Every active rep within a team and/or person (null: any), by name, with where their pact stands on a day. */
    List<OverviewRow> overview(Long teamId, Long personId, LocalDate today);

    /** Whether a signed version's targets differ from the rep's targets for the same fiscal years now. */
    boolean outOfStep(long versionId);

    /**
     * A rep's line of {@link #overview}: the version in force on the day, next period's signed version, the open
     * version (each null when there is none), whether the governing targets still match (1) or not (0), and the
     * ladder standing (null when never evaluated).
     */
    record OverviewRow(long id, String fullName, Long signedId, Integer signedNumber, Instant managerSignedAt,
                       LocalDate validFrom, LocalDate validUntil, Long nextId, Integer nextNumber, LocalDate nextFrom,
                       Long openId, Integer openNumber, PactStatus openStatus, Instant openRepSigned,
                       Integer openLastStep, LocalDate openPeriodStart, int outOfStep, Integer rung,
                       Integer rungCount, LadderTrigger ladderTrigger, String consequence, String reason,
                       LocalDate weekStart) {

        /** Null when the rep has not been evaluated yet (no pact in force, or before the first week). */
        public LadderPosition ladder() {
            return weekStart == null ? null
                    : new LadderPosition(rung, rungCount, ladderTrigger, consequence, reason, weekStart);
        }
    }
}
