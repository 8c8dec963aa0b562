package com.salespact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import jakarta.persistence.EntityManagerFactory;

/**
 * The schema comes from Flyway alone and matches the entities: V1 is applied, every table it creates exists,
 * and Hibernate's {@code ddl-auto=validate} accepted it (else the context would not have started).
 * On the in-memory H2 of the test profile; {@code com.salespact.postgres.MigrationPostgresTest} runs the same on PostgreSQL.
 */
@SpringBootTest
@ActiveProfiles("test")
public class MigrationTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?im)^\\s*create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Autowired protected Flyway flyway;
    @Autowired protected JdbcTemplate jdbc;
    @Autowired protected DataSource dataSource;
    @Autowired protected Environment environment;
    @Autowired protected EntityManagerFactory entityManagerFactory;

    @Test
    void flywayAppliedV1AndNothingIsPendingOrFailed() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).as("applied migrations").isNotEmpty();
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(applied).allSatisfy(migration ->
                assertThat(migration.getState()).as(migration.getScript()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
        assertThat(jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"version\" = '1' and \"success\" = true", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void everyTableOfV1Exists() throws IOException {
        TreeSet<String> expected = tablesCreatedBy("db/migration/V1__domain.sql");
        assertThat(expected).as("tables parsed from V1").contains("team", "person", "deal", "activity").hasSizeGreaterThan(20);
        assertThat(existingTables()).containsAll(expected);
    }

    @Test
    void hibernateValidatedTheSchemaAndEveryEntityHasItsTable() {
        // ddl-auto=validate: Hibernate compared every entity with the migrated schema while the context started.
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        List<String> entityTables = new java.util.ArrayList<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor((EntityPersister persister) ->
                        entityTables.add(persister.getMappedTableDetails().getTableName().toLowerCase(Locale.ROOT)));
        assertThat(entityTables).as("mapped entity tables").isNotEmpty();
        assertThat(existingTables()).containsAll(entityTables);
    }

    @Test
    void theDemoCompanyWasSeeded() {
        assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from deal", Integer.class)).isPositive();
    }

    /** Table names in the application's schema, lower case (H2 reports upper case, PostgreSQL lower). */
    protected TreeSet<String> existingTables() {
        return new TreeSet<>(jdbc.queryForList("""
                select lower(table_name) from information_schema.tables
                where lower(table_schema) = lower(current_schema()) and upper(table_type) in ('TABLE', 'BASE TABLE')""",
                String.class));
    }

    public static TreeSet<String> tablesCreatedBy(String resource) throws IOException {
        try (InputStream in = MigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            TreeSet<String> tables = new TreeSet<>();
            Matcher matcher = CREATE_TABLE.matcher(sql);
            while (matcher.find()) {
                tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
            return tables;
        }
    }
}
