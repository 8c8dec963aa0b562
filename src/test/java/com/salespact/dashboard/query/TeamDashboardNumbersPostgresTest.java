package com.salespact.dashboard.query;

import com.salespact.postgres.PostgresTest;

/** Every check of {@link TeamDashboardNumbersTest}, on PostgreSQL: both databases must agree with plain arithmetic. */
@PostgresTest
class TeamDashboardNumbersPostgresTest extends TeamDashboardNumbersTest {
}
