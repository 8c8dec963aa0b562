package com.salespact.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What the query classes rely on when {@link JdbcClient} maps a row to a record by column name (snake_case columns to
 * camelCase components, as DataClassRowMapper does): zoned timestamps become {@link Instant}s, dates
 * {@link LocalDate}s, numerics {@link BigDecimal}s, {@code count(*)} a {@code long}, texts enums (padding trimmed),
 * SQL nulls nulls (never into a primitive component). The same on H2 and on PostgreSQL ({@link JdbcClientMappingPostgresTest}).
 */
@SpringBootTest
@ActiveProfiles("test")
class JdbcClientMappingTest {

    @Autowired JdbcClient jdbc;

    record DealFacts(long id, Instant stageEnteredAt, Stage stage, BigDecimal amount, LocalDate expectedCloseDate,
                     long deals, int sameStage, boolean big) {
    }

    record Nulls(Long teamId, Instant at, LocalDate onDay, BigDecimal amount, Stage stage, Boolean flag) {
    }

    record Primitive(int rung) {
    }

    record Padded(Stage stage, String text) {
    }

    @Test
    void rowsMapToRecordsByName() {
        Map<String, Object> raw = jdbc.sql("""
                select d.id, d.stage_entered_at, d.stage, d.amount, d.expected_close_date
                from deal d where d.id = (select min(id) from deal)""").query().singleRow();
        DealFacts facts = jdbc.sql("""
                select d.id, d.stage_entered_at, d.stage, d.amount, d.expected_close_date,
                       (select count(*) from deal) as deals,
                       (select count(*) from deal x where x.stage = d.stage) as same_stage,
                       case when d.amount > 1000 then true else false end as big
                from deal d where d.id = (select min(id) from deal)""").query(DealFacts.class).single();

        assertThat(facts.id()).isEqualTo(((Number) raw.get("id")).longValue());
        Instant entered = jdbc.sql("select stage_entered_at from deal where id = :id").param("id", facts.id())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
        assertThat(facts.stageEnteredAt()).isEqualTo(entered);
        assertThat(facts.stage().name()).isEqualTo(raw.get("stage"));
        assertThat(facts.amount()).isEqualByComparingTo((BigDecimal) raw.get("amount"));
        assertThat(facts.expectedCloseDate()).isNotNull();
        assertThat(facts.deals()).isPositive();
        assertThat(facts.sameStage()).isPositive();
        assertThat(facts.big()).isEqualTo(facts.amount().compareTo(BigDecimal.valueOf(1000)) > 0);
    }

    @Test
    void sqlNullsMapToNulls() {
        Nulls nulls = jdbc.sql("""
                select cast(null as bigint) as team_id, cast(null as timestamp with time zone) as at,
                       cast(null as date) as on_day, cast(null as numeric(14,2)) as amount,
                       cast(null as varchar(20)) as stage, cast(null as boolean) as flag
                """).query(Nulls.class).single();

        assertThat(nulls).isEqualTo(new Nulls(null, null, null, null, null, null));
    }

    /** So a column that can be null (a left join's) maps to a boxed component, never to a primitive. */
    @Test
    void sqlNullRefusesPrimitive() {
        assertThatThrownBy(() -> jdbc.sql("select cast(null as int) as rung").query(Primitive.class).single())
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paddedTextsBecomeEnums() {
        Padded padded = jdbc.sql("select cast('WON' as char(10)) as stage, cast('x' as char(3)) as text")
                .query(Padded.class).single();

        assertThat(padded.stage()).isEqualTo(Stage.WON);
    }

    @Test
    void upperCaseAliasesMatchComponents() {
        record Minimum(BigDecimal minNewOpportunities) {
        }
        Minimum minimum = jdbc.sql("select 2.5 as min_NEW_OPPORTUNITIES").query(Minimum.class).single();

        assertThat(minimum.minNewOpportunities()).isEqualByComparingTo("2.5");
    }
}
