package com.salespact.deals.ui;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link DealListStatusTest} on PostgreSQL. Skipped when no test server answers. */
@PostgresTest
class DealListStatusPostgresTest extends DealListStatusTest {
}
