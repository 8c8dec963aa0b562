package com.salespact.bench;

import com.salespact.postgres.PostgresTest;
import com.salespact.postgres.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@link DashboardBenchmarkBase} on PostgreSQL: the scratch server of the PostgreSQL tests ({@code .ci/start-postgres.sh};
 * {@code SALESPACT_TEST_PG_URL} points elsewhere), cleaned and migrated from V1 (its database is wiped!), no demo company.
 * Skipped when no server answers, unless {@code SALESPACT_TEST_PG_REQUIRED=true}.
 * {@code ./mvnw test -Pbench -Dtest='Dashboard*Benchmark'}
 */
@SpringBootTest(properties = {"salespact.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=10"})
@PostgresTest
class DashboardPostgresBenchmark extends DashboardBenchmarkBase {

    @Override
    String database() {
        return "PostgreSQL";
    }

    @Override
    boolean postgres() {
        return true;
    }

    @Override
    String databaseDetails() {
        return PostgresTestDatabase.url() + " (cleaned, migrated, then filled)";
    }
}
