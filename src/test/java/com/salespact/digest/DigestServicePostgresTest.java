package com.salespact.digest;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link DigestServiceTest} on PostgreSQL (DigestQuery's SQL, the outbox's dedup key, the reads). */
@PostgresTest
class DigestServicePostgresTest extends DigestServiceTest {
}
