package com.salespact.api;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link ApiHttpTest} on PostgreSQL: the token and idempotency tables (the unique claim of a key, the
 * response kept as text), the deals query with its time filter and the scoped reads. Skipped when no test server
 * answers.
 */
@PostgresTest
class ApiHttpPostgresTest extends ApiHttpTest {
}
