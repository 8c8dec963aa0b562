package com.salespact.commission;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link CommissionServiceTest} on PostgreSQL (V5's constraints, the won-deal and question SQL, the
 * scoping). Skipped when no test server answers.
 */
@PostgresTest
class CommissionServicePostgresTest extends CommissionServiceTest {
}
