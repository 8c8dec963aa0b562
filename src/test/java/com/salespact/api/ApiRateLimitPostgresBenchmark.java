package com.salespact.api;

import com.salespact.postgres.PostgresTest;
import org.junit.jupiter.api.Tag;

/** {@link ApiRateLimitBenchmark} on PostgreSQL (tag "bench"; skipped when no test server answers). */
@Tag("bench")
@PostgresTest
class ApiRateLimitPostgresBenchmark extends ApiRateLimitBenchmark {

    @Override
    String database() {
        return "postgresql";
    }
}
