package com.salespact.base.merge;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link MergeOnSaveServiceTest} on PostgreSQL. Skipped when no test server answers. */
@PostgresTest
class MergeOnSaveServicePostgresTest extends MergeOnSaveServiceTest {
}
