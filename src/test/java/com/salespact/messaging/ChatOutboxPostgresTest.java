package com.salespact.messaging;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link ChatOutboxTest} on PostgreSQL (V18, the claim and the dedup key of chat rows). */
@PostgresTest
class ChatOutboxPostgresTest extends ChatOutboxTest {
}
