package com.salespact.deals.query;

import com.salespact.base.DateRange;
import com.salespact.deals.ForecastCategory;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where the business is coming from: open pipeline by expected close month, summed in the database. */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PipelineQuery {

    /**
     * The scope is spliced in as a plain condition ({@link #REP} or {@link #TEAM}), never as
     * "(:x is null or column = :x)": H2 cannot use an index through such an OR and PostgreSQL's generic plans cannot
     * either, so a rep's or a team's few deals were found by scanning every open deal of the company.
     */
    private static final String BY_MONTH = """
            select extract(year from d.expected_close_date) as y, extract(month from d.expected_close_date) as m,
                   d.forecast_category, sum(d.amount) as amount, count(*) as deals
            from deal d join person p on p.id = d.owner_id
            where d.stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
              and d.expected_close_date between :from and :to
              and %s
            group by extract(year from d.expected_close_date), extract(month from d.expected_close_date),
                     d.forecast_category
            order by y, m
            """;

    private static final String OPEN_TOTAL = """
            select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
            where d.stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')
              and d.expected_close_date between :from and :to
              and %s
            """;

    private static final String REP = "d.owner_id = :person";
    private static final String TEAM = "p.team_id = :team";
    /** Every team's deals (a rep without a team is in no team's figures, so in none of the company's). */
    private static final String COMPANY = "p.team_id is not null";
    private static final String REP_BY_MONTH = BY_MONTH.formatted(REP);
    private static final String TEAM_BY_MONTH = BY_MONTH.formatted(TEAM);
    private static final String REP_OPEN_TOTAL = OPEN_TOTAL.formatted(REP);
    private static final String TEAM_OPEN_TOTAL = OPEN_TOTAL.formatted(TEAM);
    private static final String COMPANY_OPEN_TOTAL = OPEN_TOTAL.formatted(COMPANY);

    /** A row of {@link #BY_MONTH}: the close month as year and month number. */
    private record MonthRow(int y, int m, ForecastCategory forecastCategory, BigDecimal amount, int deals) {

        PipelineMonth month() {
            return new PipelineMonth(YearMonth.of(y, m), forecastCategory, amount, deals);
        }
    }

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    PipelineQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** A rep's open pipeline by close month within {@code range}. */
    public List<PipelineMonth> repByMonth(long repId, DateRange range) {
        guard.checkOwner(repId);
        return byMonth(statement(REP_BY_MONTH, repId, null, range));
    }

    public List<PipelineMonth> teamByMonth(long teamId, DateRange range) {
        guard.checkTeam(teamId);
        return byMonth(statement(TEAM_BY_MONTH, null, teamId, range));
    }

    /** A rep's open pipeline expected to close within {@code range}. */
    public BigDecimal repOpenTotal(long repId, DateRange range) {
        guard.checkOwner(repId);
        return statement(REP_OPEN_TOTAL, repId, null, range).query(BigDecimal.class).single();
    }

    public BigDecimal teamOpenTotal(long teamId, DateRange range) {
        guard.checkTeam(teamId);
        return statement(TEAM_OPEN_TOTAL, null, teamId, range).query(BigDecimal.class).single();
    }

    /** Every team's open pipeline expected to close within {@code range}; admins only. */
    public BigDecimal companyOpenTotal(DateRange range) {
        guard.checkCompany();
        return statement(COMPANY_OPEN_TOTAL, null, null, range).query(BigDecimal.class).single();
    }

    private static List<PipelineMonth> byMonth(JdbcClient.StatementSpec statement) {
        return statement.query(MonthRow.class).list().stream().map(MonthRow::month).toList();
    }

    private JdbcClient.StatementSpec statement(String sql, Long person, Long team, DateRange range) {
        return jdbc.sql(sql).param("from", range.start()).param("to", range.end())
                .param("person", person, Types.BIGINT).param("team", team, Types.BIGINT);
    }
}
