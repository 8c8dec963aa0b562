package com.salespact.messaging;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link CalendarFeedServiceTest} on PostgreSQL (V20, the reviews' and pacts' calendar SQL). */
@PostgresTest
class CalendarFeedServicePostgresTest extends CalendarFeedServiceTest {
}
