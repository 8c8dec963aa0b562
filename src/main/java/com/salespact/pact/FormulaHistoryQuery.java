package com.salespact.pact;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Twelve months of selling for the sales formula, for one rep or a whole team, in one aggregate statement. */
@Component
class FormulaHistoryQuery {

    private static final String HISTORY = """
            select
              (select count(*) from deal d join person p on p.id = d.owner_id where %1$s
                 and d.stage = 'WON' and d.closed_on between :from and :to) as wins,
              (select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id where %1$s
                 and d.stage = 'WON' and d.closed_on between :from and :to) as won_amount,
              (select count(*) from deal d join person p on p.id = d.owner_id where %1$s
                 and d.stage = 'LOST' and d.closed_on between :from and :to) as losses,
              (select count(*) from deal d join person p on p.id = d.owner_id where %1$s
                 and d.opened_on between :from and :to) as opportunities,
              (select count(*) from activity a join person p on p.id = a.rep_id where %1$s
                 and a.kind = 'MEETING' and a.activity_date between :from and :to) as meetings,
              (select count(*) from activity a join person p on p.id = a.rep_id where %1$s
                 and a.kind = 'CALL' and a.activity_date between :from and :to) as calls
            """;

    private static final String OF_REP = HISTORY.formatted("p.id = :rep");
    private static final String OF_TEAM = HISTORY.formatted("p.team_id = :team and p.role = 'REP'");

    private final NamedParameterJdbcTemplate jdbc;

    FormulaHistoryQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    FormulaHistory rep(long repId, LocalDate asOf) {
        return read(OF_REP, params(asOf).addValue("rep", repId));
    }

    FormulaHistory team(Long teamId, LocalDate asOf) {
        return teamId == null ? FormulaHistory.EMPTY : read(OF_TEAM, params(asOf).addValue("team", teamId, Types.BIGINT));
    }

    private static MapSqlParameterSource params(LocalDate asOf) {
        LocalDate from = asOf.minusMonths(12);
        return new MapSqlParameterSource().addValue("from", from).addValue("to", asOf);
    }

    private FormulaHistory read(String sql, MapSqlParameterSource params) {
        // A select without a from is fine on both H2 and PostgreSQL.
        return jdbc.queryForObject(sql, params, (rs, row) -> new FormulaHistory(rs.getLong("wins"),
                rs.getBigDecimal("won_amount") == null ? BigDecimal.ZERO : rs.getBigDecimal("won_amount"),
                rs.getLong("losses"), rs.getLong("opportunities"), rs.getLong("meetings"), rs.getLong("calls")));
    }
}
