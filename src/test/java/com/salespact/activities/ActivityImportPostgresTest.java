package com.salespact.activities;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link ActivityImportTest} on PostgreSQL: V24's unique external id beside the app's null ones, the
 * bulk look-ups by id and name, and the all-or-nothing write. Skipped when no test server answers (see
 * {@code .ci/start-postgres.sh}).
 */
@PostgresTest
class ActivityImportPostgresTest extends ActivityImportTest {
}
