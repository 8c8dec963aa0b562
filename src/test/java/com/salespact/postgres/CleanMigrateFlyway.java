package com.salespact.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Test-only (profile {@code pgtest}): every Spring context on PostgreSQL starts from an empty schema, so the
 * migrations run from V1 and the demo seeder fills the database, exactly as on the in-memory H2.
 * Lives in src/test, so it never reaches the application; picked up by the application's component scan.
 */
@Configuration(proxyBeanMethods = false)
@Profile("pgtest")
class CleanMigrateFlyway {

    private static final Logger log = LoggerFactory.getLogger(CleanMigrateFlyway.class);

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            String url;
            String database;
            try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
                url = connection.getMetaData().getURL();
                database = connection.getCatalog();
            } catch (SQLException e) {
                throw new IllegalStateException("pgtest: cannot reach the test database", e);
            }
            if (database == null || !database.toLowerCase(Locale.ROOT).contains("test")) {
                throw new IllegalStateException("Refusing to clean database '" + database + "' (" + url
                        + "): the pgtest profile wipes its database, so its name must contain 'test'");
            }
            log.info("pgtest: cleaning {} before migrating", url);
            Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            flyway.migrate();
        };
    }
}
