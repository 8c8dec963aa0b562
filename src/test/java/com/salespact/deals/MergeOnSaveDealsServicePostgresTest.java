package com.salespact.deals;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link MergeOnSaveDealsServiceTest} on PostgreSQL (version checks and retries on its locking). */
@PostgresTest
class MergeOnSaveDealsServicePostgresTest extends MergeOnSaveDealsServiceTest {
}
