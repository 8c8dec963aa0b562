package com.salespact.security;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link RowScopingTest}, on PostgreSQL (profiles test + pgtest: the same fixed clock and seeded
 * demo company on a freshly cleaned and migrated schema). Skipped when no test server answers.
 */
@PostgresTest
class RowScopingPostgresTest extends RowScopingTest {
}
