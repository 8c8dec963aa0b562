package com.salespact.deals.query;

import com.salespact.postgres.PostgresTest;

/** The deal board statement (window functions, typed null parameters) on PostgreSQL. */
@PostgresTest
class BoardQueryPostgresTest extends BoardQueryTest {
}
