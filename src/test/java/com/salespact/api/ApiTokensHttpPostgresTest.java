package com.salespact.api;

import com.salespact.postgres.PostgresTest;

/** Every test of {@link ApiTokensHttpTest} on PostgreSQL (the token rows, the login lockout's counts). */
@PostgresTest
class ApiTokensHttpPostgresTest extends ApiTokensHttpTest {
}
