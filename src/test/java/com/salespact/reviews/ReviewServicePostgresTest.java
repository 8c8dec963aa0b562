package com.salespact.reviews;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link ReviewServiceTest} on PostgreSQL: the V6 migration, the facts' SQL (stage history at two
 * moments), JSON snapshots in the widened column and the review lists are portable. Skipped without a server.
 */
@PostgresTest
class ReviewServicePostgresTest extends ReviewServiceTest {
}
