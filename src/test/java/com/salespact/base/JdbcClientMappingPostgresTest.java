package com.salespact.base;

import com.salespact.postgres.PostgresTest;

/** {@link JdbcClientMappingTest} on PostgreSQL: the query classes' record mapping is the same on both databases. */
@PostgresTest
class JdbcClientMappingPostgresTest extends JdbcClientMappingTest {
}
