package com.salespact.deals;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link ClosingServiceTest} on PostgreSQL: the claim by conditional delete (two settlers, one
 * applies), the undo window in SQL and the close's migration. Skipped when no test server answers.
 */
@PostgresTest
class ClosingServicePostgresTest extends ClosingServiceTest {
}
