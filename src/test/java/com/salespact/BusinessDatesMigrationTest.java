package com.salespact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V12 on rows that existed before it: a deal's opened_on is the day of its insert in the company's zone (not the
 * database session's), and deals and accounts without an external id get one, while those with one keep it.
 */
class BusinessDatesMigrationTest {

    @Test
    void existingDealsOpenOnTheirInsertDayInTheCompanysZoneAndEveryRowGetsAnExternalId() {
        // One connection throughout: H2 loses string CHECK constraints when the creating connection closes (#4302).
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:v12backfill;DB_CLOSE_DELAY=-1", "sa", "", true);
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("company_zone", "Europe/Berlin"))
                .target("11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into team (id, name) values (1, 'North')");
        jdbc.update("insert into person (id, full_name, username, role, team_id) values (1, 'Rep', 'rep', 'REP', 1)");
        OffsetDateTime lateEvening = OffsetDateTime.parse("2026-11-17T23:30:00Z"); // 00:30 on the 18th in Berlin
        jdbc.update("""
                insert into account (id, external_id, name, owner_id, account_class, business_type, created_at)
                values (1, null, 'Made in the app', 1, 'C', 'NEW', ?), (2, 'CRM-7', 'Imported', 1, 'C', 'NEW', ?)""",
                lateEvening, lateEvening);
        jdbc.update("""
                insert into deal (id, external_id, name, account_id, owner_id, amount, gross_profit, stage,
                                  forecast_category, expected_close_date, stage_entered_at, created_at)
                values (5, null, 'Late', 1, 1, 10, 1, 'PROSPECT', 'PIPELINE', date '2026-12-15', ?, ?),
                       (6, 'CRM-D-9', 'Early', 2, 1, 10, 1, 'PROSPECT', 'PIPELINE', date '2026-12-15', ?, ?)""",
                lateEvening, lateEvening, lateEvening.minusHours(20), lateEvening.minusHours(20));

        Flyway.configure().dataSource(dataSource).placeholders(Map.of("company_zone", "Europe/Berlin")).load()
                .migrate();

        assertThat(jdbc.queryForList("select id, external_id, opened_on from deal order by id"))
                .extracting(row -> row.get("EXTERNAL_ID") + " " + row.get("OPENED_ON"))
                .containsExactly("SP-D-5 " + LocalDate.of(2026, 11, 18), "CRM-D-9 " + LocalDate.of(2026, 11, 17));
        assertThat(jdbc.queryForList("select external_id from account order by id", String.class))
                .containsExactly("SP-A-1", "CRM-7");
        dataSource.destroy();
    }
}
