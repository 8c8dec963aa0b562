package com.salespact.api;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link ApiRateLimitTest} on PostgreSQL: the conditional update under concurrent nodes (a waiting
 * update checks the limit again), the race to insert a minute's row on the primary key, and the housekeeping delete.
 * Skipped when no test server answers.
 */
@PostgresTest
class ApiRateLimitPostgresTest extends ApiRateLimitTest {
}
