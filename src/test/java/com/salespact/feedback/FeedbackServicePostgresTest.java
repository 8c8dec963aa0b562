package com.salespact.feedback;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link FeedbackServiceTest} on PostgreSQL: the V7 schema, the visibility queries and the 360 flow
 * are portable. Skipped when no test server answers (see {@code .ci/start-postgres.sh}).
 */
@PostgresTest
class FeedbackServicePostgresTest extends FeedbackServiceTest {
}
