package com.salespact.deals;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link DealServiceListTest} on PostgreSQL. Skipped when no test server answers. */
@PostgresTest
class DealServiceListPostgresTest extends DealServiceListTest {
}
