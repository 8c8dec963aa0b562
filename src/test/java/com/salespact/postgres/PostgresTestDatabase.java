package com.salespact.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the PostgreSQL tests connect: {@code SALESPACT_TEST_PG_URL}, {@code SALESPACT_TEST_PG_USER},
 * {@code SALESPACT_TEST_PG_PASSWORD} (environment, or system properties of the same name), with the defaults of
 * {@code .ci/start-postgres.sh}. The defaults here and in {@code application-pgtest.properties} must agree.
 */
public final class PostgresTestDatabase {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:55432/salespact_test";
    public static final String DEFAULT_USER = "salespact";
    public static final String DEFAULT_PASSWORD = "salespact";

    private PostgresTestDatabase() {
    }

    public static String url() {
        return setting("SALESPACT_TEST_PG_URL", DEFAULT_URL);
    }

    public static String user() {
        return setting("SALESPACT_TEST_PG_USER", DEFAULT_USER);
    }

    public static String password() {
        return setting("SALESPACT_TEST_PG_PASSWORD", DEFAULT_PASSWORD);
    }

    /**
     * Whether a missing server fails the tests instead of skipping them: only when asked for explicitly with
     * {@code SALESPACT_TEST_PG_REQUIRED=true} (as {@code .ci/run} does). {@code CI=true} alone, which hosted CI
     * services set, does not: a clone built there without PostgreSQL skips these tests and says how to run them.
     */
    public static boolean required() {
        return Boolean.parseBoolean(setting("SALESPACT_TEST_PG_REQUIRED", "false").trim());
    }

    /** Opens and closes one connection with short timeouts. @throws SQLException when no server answers */
    static void probe() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "5");
        props.setProperty("socketTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url(), props)) {
            connection.isValid(3);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
