package com.salespact.dashboard.query;

import com.salespact.postgres.PostgresTest;

/** Every check of {@link CompanyBoardTest}, on PostgreSQL: the company scope of each statement on both databases. */
@PostgresTest
class CompanyBoardPostgresTest extends CompanyBoardTest {
}
