package com.salespact.reviews;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link ReviewHolidaysTest} on PostgreSQL: the V9 holiday table and the moves are portable. */
@PostgresTest
class ReviewHolidaysPostgresTest extends ReviewHolidaysTest {
}
