package com.salespact.deals.csv;

import java.util.Set;

/**
 * Published when an import commits (delivered to {@code @TransactionalEventListener}s after the commit): one event
 * for the whole file rather than one per row, so live dashboards refresh once.
 *
 * @param teamIds the teams whose accounts or deals were created or changed
 */
public record CsvImported(CsvKind kind, Set<Long> teamIds, int created, int updated) {
}
