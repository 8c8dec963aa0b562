package com.salespact.deals;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link AccountServiceTest} on PostgreSQL, proving the account list's aggregate SQL and paging are
 * portable. Skipped when no test server answers (see {@code .ci/start-postgres.sh}).
 */
@PostgresTest
class AccountServicePostgresTest extends AccountServiceTest {
}
