package com.salespact.reviews;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link ReviewCommitmentsTest} on PostgreSQL: the commitments' SQL is portable. */
@PostgresTest
class ReviewCommitmentsPostgresTest extends ReviewCommitmentsTest {
}
