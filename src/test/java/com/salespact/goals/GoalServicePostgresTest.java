package com.salespact.goals;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link GoalServiceTest} on PostgreSQL, proving the target reads (a year's reps and teams with their
 * weights pivoted, a team's sum of its reps, the history) map the same there. Skipped when no test server answers.
 */
@PostgresTest
class GoalServicePostgresTest extends GoalServiceTest {
}
