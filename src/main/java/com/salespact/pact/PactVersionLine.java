package com.salespact.pact;

import java.time.Instant;
import java.time.LocalDate;

/** One version in a pact's history. */
public record PactVersionLine(long versionId, int number, PactStatus status, Instant createdAt, Instant repSignedAt,
                              Instant managerSignedAt, LocalDate validFrom, LocalDate validUntil,
                              Instant supersededAt) {
}
