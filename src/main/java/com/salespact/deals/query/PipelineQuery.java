package com.salespact.deals.query;

import com.salespact.base.DateRange;
import com.salespact.deals.ForecastCategory;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
    private static final String REP_BY_MONTH = BY_MONTH.formatted(REP);
    private static final String TEAM_BY_MONTH = BY_MONTH.formatted(TEAM);
    private static final String REP_OPEN_TOTAL = OPEN_TOTAL.formatted(REP);
    private static final String TEAM_OPEN_TOTAL = OPEN_TOTAL.formatted(TEAM);

    private final NamedParameterJdbcTemplate jdbc;
    private final AccessGuard guard;

    PipelineQuery(NamedParameterJdbcTemplate jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** A rep's open pipeline by close month within {@code range}. */
    public List<PipelineMonth> repByMonth(long repId, DateRange range) {
        guard.checkOwner(repId);
        return byMonth(REP_BY_MONTH, params(repId, null, range));
    }

    public List<PipelineMonth> teamByMonth(long teamId, DateRange range) {
        guard.checkTeam(teamId);
        return byMonth(TEAM_BY_MONTH, params(null, teamId, range));
    }

    /** A rep's open pipeline expected to close within {@code range}. */
    public BigDecimal repOpenTotal(long repId, DateRange range) {
        guard.checkOwner(repId);
        return jdbc.queryForObject(REP_OPEN_TOTAL, params(repId, null, range), BigDecimal.class);
    }

    public BigDecimal teamOpenTotal(long teamId, DateRange range) {
        guard.checkTeam(teamId);
        return jdbc.queryForObject(TEAM_OPEN_TOTAL, params(null, teamId, range), BigDecimal.class);
    }

    private List<PipelineMonth> byMonth(String sql, MapSqlParameterSource params) {
        return jdbc.query(sql, params, (rs, row) -> new PipelineMonth(YearMonth.of(rs.getInt("y"), rs.getInt("m")),
                ForecastCategory.valueOf(rs.getString("forecast_category")), rs.getBigDecimal("amount"),
                rs.getInt("deals")));
    }

    private static MapSqlParameterSource params(Long person, Long team, DateRange range) {
        return new MapSqlParameterSource().addValue("from", range.start()).addValue("to", range.end())
                .addValue("person", person, Types.BIGINT).addValue("team", team, Types.BIGINT);
    }
}
