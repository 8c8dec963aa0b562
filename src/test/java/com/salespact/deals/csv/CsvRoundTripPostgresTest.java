package com.salespact.deals.csv;

import com.salespact.postgres.PostgresTest;

/** {@link CsvRoundTripTest} on PostgreSQL. Skipped when no test server answers (see {@code .ci/start-postgres.sh}). */
@PostgresTest
class CsvRoundTripPostgresTest extends CsvRoundTripTest {
}
