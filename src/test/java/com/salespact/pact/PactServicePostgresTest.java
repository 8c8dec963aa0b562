package com.salespact.pact;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link PactServiceTest} on PostgreSQL, proving the pact reads (the pact list, the formula's twelve
 * months of history) map the same there. Skipped when no test server answers.
 */
@PostgresTest
class PactServicePostgresTest extends PactServiceTest {
}
