package com.salespact.deals.csv;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link CsvExportTest} on PostgreSQL. Skipped when no test server answers. */
@PostgresTest
class CsvExportPostgresTest extends CsvExportTest {
}
