package com.salespact.commission;

import com.salespact.base.DateRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** What statements read: won deals and questions, each one SQL statement returning records. Callers check access. */
@Component
class StatementRows {

    /** The most questions a list shows. */
    static final int QUESTION_LIMIT = 50;

    private static final String WON_DEALS = """
            select d.id, d.name, a.name as account_name, d.closed_on, d.amount, d.gross_profit
            from deal d join account a on a.id = d.account_id
            where d.owner_id = :rep and d.stage = 'WON' and d.closed_on between :from and :to
            order by d.closed_on, d.id
            """;

    private static final String QUESTIONS = """
            select q.id, q.deal_id, d.name as deal_name, d.closed_on, q.rep_id, p.full_name as rep_name, q.question,
                   q.raised_at, q.answer, ap.full_name as answered_by, q.answered_at
            from commission_query q
            join deal d on d.id = q.deal_id
            join person p on p.id = q.rep_id
            left join person ap on ap.id = q.answered_by
            where (cast(:rep as bigint) is null or q.rep_id = :rep)
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:openOnly as boolean) = false or q.answered_at is null)
            order by q.raised_at desc, q.id desc
            fetch first %d rows only
            """.formatted(QUESTION_LIMIT);

    private final NamedParameterJdbcTemplate jdbc;

    StatementRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<WonDeal> wonDeals(long repId, DateRange period) {
        MapSqlParameterSource params = new MapSqlParameterSource("rep", repId)
                .addValue("from", period.start()).addValue("to", period.end());
        return jdbc.query(WON_DEALS, params, (rs, row) -> new WonDeal(rs.getLong("id"), rs.getString("name"),
                rs.getString("account_name"), rs.getDate("closed_on").toLocalDate(), rs.getBigDecimal("amount"),
                rs.getBigDecimal("gross_profit")));
    }

    /** Questions, newest first; null filters mean "any". */
    List<QuestionLine> questions(Long repId, Long teamId, boolean openOnly) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("rep", repId, Types.BIGINT).addValue("team", teamId, Types.BIGINT)
                .addValue("openOnly", openOnly, Types.BOOLEAN);
        return jdbc.query(QUESTIONS, params, (rs, row) -> question(rs));
    }

    private static QuestionLine question(ResultSet rs) throws SQLException {
        return new QuestionLine(rs.getLong("id"), rs.getLong("deal_id"), rs.getString("deal_name"),
                rs.getDate("closed_on") == null ? null : rs.getDate("closed_on").toLocalDate(), rs.getLong("rep_id"),
                rs.getString("rep_name"), rs.getString("question"), instant(rs.getTimestamp("raised_at")),
                rs.getString("answer"), rs.getString("answered_by"), instant(rs.getTimestamp("answered_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
