package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One pact version as the wizard, review page and printout show it, with what the viewer may do with it.
 * {@code changes} lists the differences from the signed version this one would replace (empty for version 1).
 * {@code period} is the period agreed in step 1 (null in documents from before pacts had one); {@code outOfStep} says
 * the rep's targets were changed outside this signed version; {@code ladder} is the rep's standing on the ladder of
 * the pact in force (null when not evaluated).
 * {@code commission} is the commission plan shown with the pact (frozen into the version once proposed).
 * {@code reading} is how it reads: the company currency and the sales formula's numbers (as proposed, or today's for
 * a draft).
 */
public record PactVersionDetails(long pactId, long versionId, long version, int number, PactStatus status, long repId,
                                 String repName, PactDocument document, int lastStep, Instant updatedAt,
                                 Instant proposedAt, Instant repSignedAt, String repSignedBy, Instant managerSignedAt,
                                 String managerSignedBy, LocalDate validFrom, LocalDate validUntil,
                                 Integer replacesNumber, List<PactChange> changes, Allowed allowed,
                                 PactPeriod period, LocalDate standardsFrom, boolean outOfStep,
                                 LadderPosition ladder, PactPlan commission, PactReading reading) {

    /** The actions open to the signed-in person on this version. */
    public record Allowed(boolean edit, boolean propose, boolean reopen, boolean signAsRep, boolean countersign,
                          boolean startChange) {
    }

    /** The same version after a step was saved: the new document, optimistic-lock version and reached step. */
    public PactVersionDetails edited(PactDocument edited, long newVersion, int reachedStep, Instant savedAt) {
        PactPeriod chosen = edited.targets().period();
        return new PactVersionDetails(pactId, versionId, newVersion, number, status, repId, repName, edited,
                reachedStep, savedAt, proposedAt, repSignedAt, repSignedBy, managerSignedAt, managerSignedBy,
                validFrom, validUntil, replacesNumber, changes, allowed, chosen, standardsFrom, outOfStep, ladder,
                commission, reading);
    }

    public boolean awaitingCountersignature() {
        return status == PactStatus.PROPOSED && repSignedAt != null;
    }

    /** The readable fields of every step, as this version reads. */
    public java.util.Map<PactStep, java.util.Map<String, String>> fields() {
        return document.fields(reading);
    }

    public boolean changed(PactStep step, String field) {
        return changes.stream().anyMatch(change -> change.step() == step && change.field().equals(field));
    }
}
