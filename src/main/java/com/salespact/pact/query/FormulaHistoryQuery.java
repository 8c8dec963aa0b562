package com.salespact.pact.query;

import com.salespact.pact.FormulaHistory;
import com.salespact.pact.FormulaHistoryRows;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Twelve months of selling for the sales formula, for one rep or a whole team, in one aggregate statement. */
@Component
class FormulaHistoryQuery implements FormulaHistoryRows {

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

    private final JdbcClient jdbc;

    FormulaHistoryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public FormulaHistory rep(long repId, LocalDate asOf) {
        return read(jdbc.sql(OF_REP).param("rep", repId), asOf);
    }

    @Override
    public FormulaHistory team(Long teamId, LocalDate asOf) {
        return teamId == null ? FormulaHistory.EMPTY : read(jdbc.sql(OF_TEAM).param("team", teamId), asOf);
    }

    private static FormulaHistory read(JdbcClient.StatementSpec statement, LocalDate asOf) {
        // A select without a from is fine on both H2 and PostgreSQL; won_amount is coalesced, never null.
        return statement.param("from", asOf.minusMonths(12)).param("to", asOf).query(FormulaHistory.class).single();
    }
}
