package com.salespact.deals.csv;

import com.salespact.postgres.PostgresTest;

/**
 * Every test of {@link CrmImportTest} on PostgreSQL: the V22 table of saved mappings, the look-up of accounts by name
 * and the accounts created before their deals in one transaction. Skipped when no test server answers (see
 * {@code .ci/start-postgres.sh}).
 */
@PostgresTest
class CrmImportPostgresTest extends CrmImportTest {
}
