package com.salespact.api;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link IdempotencyExpiryTest} on PostgreSQL: the conditional take-over of an expired row and the
 * housekeeping delete on created_at (index, V21). Skipped when no test server answers.
 */
@PostgresTest
class IdempotencyExpiryPostgresTest extends IdempotencyExpiryTest {
}
