package com.salespact.deals.ui;

import com.salespact.postgres.PostgresTest;

/** The deal screens' end-to-end checks (including the version conflict) on PostgreSQL. */
@PostgresTest
class DealViewsPostgresTest extends DealViewsTest {
}
