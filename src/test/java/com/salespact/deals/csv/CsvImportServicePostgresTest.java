package com.salespact.deals.csv;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link CsvImportServiceTest} on PostgreSQL, proving the import's JDBC (bulk look-ups, multi-row
 * inserts, versioned updates, typed nulls, timestamps with time zone) is portable and that a failure mid-commit rolls
 * back there too. Skipped when no test server answers (see {@code .ci/start-postgres.sh}).
 */
@PostgresTest
class CsvImportServicePostgresTest extends CsvImportServiceTest {
}
