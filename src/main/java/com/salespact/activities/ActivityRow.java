package com.salespact.activities;

import java.time.LocalDate;

/** An activity as lists show it, with the names it links to. */
public record ActivityRow(long id, long repId, String repName, ActivityKind kind, LocalDate date, Long accountId,
                          String accountName, Long dealId, String dealName, String note) {
}
