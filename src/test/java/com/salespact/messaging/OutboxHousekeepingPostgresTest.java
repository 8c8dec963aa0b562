package com.salespact.messaging;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link OutboxHousekeepingTest} on PostgreSQL (the deletes and their index, V20). */
@PostgresTest
class OutboxHousekeepingPostgresTest extends OutboxHousekeepingTest {
}
