package com.salespact.reviews;

import com.salespact.postgres.PostgresTest;

/** {@link OneOnOneAttendanceQueryTest} on PostgreSQL (the aggregate's date comparisons). Skipped without a server. */
@PostgresTest
class OneOnOneAttendanceQueryPostgresTest extends OneOnOneAttendanceQueryTest {
}
