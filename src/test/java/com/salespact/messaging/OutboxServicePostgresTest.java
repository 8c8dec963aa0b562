package com.salespact.messaging;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link OutboxServiceTest} on PostgreSQL (V16, the outbox page's paging SQL, the preferences). */
@PostgresTest
class OutboxServicePostgresTest extends OutboxServiceTest {
}
