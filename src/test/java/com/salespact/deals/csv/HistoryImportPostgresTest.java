package com.salespact.deals.csv;

import com.salespact.postgres.PostgresTest;

/** {@link HistoryImportTest} on PostgreSQL. Skipped when no test server answers (see {@code .ci/start-postgres.sh}). */
@PostgresTest
class HistoryImportPostgresTest extends HistoryImportTest {
}
