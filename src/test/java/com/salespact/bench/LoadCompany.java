package com.salespact.bench;

import com.salespact.browser.SalesPactJar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The load benchmark's company: {@link BenchData.Shape#LOAD} (1,000 reps in teams of ten, each with a login) written
 * into a fresh H2 file database before the jar starts on it, so that a thousand virtual users are a thousand people,
 * as in production, and not 83 sessions of each demo rep (whose every save would redraw 83 boards of that person).
 * The jar migrates nothing (Flyway finds the schema current) and seeds no demo company (the database is not empty).
 */
final class LoadCompany {

    /** Every load user's password (the hash is computed once and shared: the login still checks it with BCrypt). */
    static final String PASSWORD = "load";

    private LoadCompany() {
    }

    /** A data directory for {@code SALESPACT_DATA_DIR} holding the company. */
    static Path prepare(Clock clock) throws IOException, SQLException {
        Path dataDir = Files.createTempDirectory("salespact-load-data");
        JdbcDataSource dataSource = new JdbcDataSource();
        // The application's URL (application.properties) without its options: the file must be the one it opens.
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("salespact") + ";DB_CLOSE_ON_EXIT=FALSE");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("company_zone", clock.getZone().getId())).load().migrate();
        BenchData.generate(dataSource, clock, false,
                BenchData.Shape.LOAD.withPasswordHash(new BCryptPasswordEncoder().encode(PASSWORD)));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("shutdown compact");
        }
        return dataDir;
    }

    /**
     * The production jar on a fresh load company, once its start-up catch-up check (every rep's pace, read in the
     * background) is done, so that a benchmark measures the steady server; the test is skipped without a jar.
     */
    static SalesPactJar startJar(String name) throws IOException, SQLException {
        Path dataDir = prepare(Clock.systemDefaultZone());
        SalesPactJar jar;
        try {
            jar = SalesPactJar.start(name, dataDir);
        } catch (AssertionError noJar) {
            return Assumptions.abort("no production jar: " + noJar.getMessage());
        }
        jar.awaitLog("Catch-up check:", Duration.ofMinutes(5));
        return jar;
    }

    /** The n-th rep's username, n from 0, wrapping around the company. */
    static String rep(int n) {
        int reps = BenchData.Shape.LOAD.reps();
        int index = n % reps;
        return BenchData.Generated.repOf(index / BenchData.REPS_PER_TEAM + 1, index % BenchData.REPS_PER_TEAM + 1);
    }
}
