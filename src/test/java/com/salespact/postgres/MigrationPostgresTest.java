package com.salespact.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.MigrationTest;
import org.junit.jupiter.api.Test;

/** {@link MigrationTest} on PostgreSQL: V1 applied to an empty schema, every table there, Hibernate validate passed. */
@PostgresTest
class MigrationPostgresTest extends MigrationTest {

    @Test
    void reallyRunsOnPostgres() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
}
