package com.salespact.pact;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link PactGovernsServiceTest} on PostgreSQL (V8's tables, the overview's joins, the standards
 * window in the scorecard SQL, the ladder's idempotent writes). Skipped when no test server answers.
 */
@PostgresTest
class PactGovernsServicePostgresTest extends PactGovernsServiceTest {
}
