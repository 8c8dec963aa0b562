package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One pact version as the wizard, review page and printout show it, with what the viewer may do with it.
 * {@code changes} lists the differences from the signed version this one would replace (empty for version 1);
 * {@code reading} is how it reads: the company currency and the sales formula's numbers (as proposed, or today's for a
 * draft).
 */
public record PactVersionDetails(long pactId, long versionId, long version, int number, PactStatus status, long repId,
                                 String repName, PactDocument document, int lastStep, Instant updatedAt,
                                 Instant proposedAt, Instant repSignedAt, String repSignedBy, Instant managerSignedAt,
                                 String managerSignedBy, LocalDate validFrom, LocalDate validUntil,
                                 Integer replacesNumber, List<PactChange> changes, Allowed allowed,
                                 PactReading reading) {

    /** The actions open to the signed-in person on this version. */
    public record Allowed(boolean edit, boolean propose, boolean reopen, boolean signAsRep, boolean countersign,
                          boolean startChange) {
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
