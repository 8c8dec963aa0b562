package com.salespact.coaching;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link CoachingServiceTest} on PostgreSQL, proving the coaching-hours aggregate (month extraction,
 * grouping) and the training updates are portable. Skipped when no test server answers.
 */
@PostgresTest
class CoachingServicePostgresTest extends CoachingServiceTest {
}
