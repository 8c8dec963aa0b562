package com.salespact.commission.query;

import com.salespact.base.DateRange;
import com.salespact.commission.QuestionLine;
import com.salespact.commission.StatementRows;
import com.salespact.commission.WonDeal;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link StatementRows} in SQL: each list one statement, mapped to its record by column name. */
@Component
class StatementQuery implements StatementRows {

    private static final String WON_DEALS = """
            select d.id as deal_id, d.name, a.name as account_name, d.closed_on as won_on, d.amount, d.gross_profit
            from deal d join account a on a.id = d.account_id
            where d.owner_id = :rep and d.stage = 'WON' and d.closed_on between :from and :to
            order by d.closed_on, d.id
            """;

    private static final String QUESTIONS = """
            select q.id, q.deal_id, d.name as deal_name, d.closed_on as won_on, q.rep_id, p.full_name as rep_name,
                   q.question, q.raised_at, q.answer, ap.full_name as answered_by, q.answered_at
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

    private static final String OPEN_QUESTION_COUNTS = """
            select q.rep_id, count(*) as open_questions
            from commission_query q join person p on p.id = q.rep_id
            where p.team_id = :team and q.answered_at is null
            group by q.rep_id
            """;

    /** A row of {@link #OPEN_QUESTION_COUNTS}. */
    private record OpenQuestions(long repId, int openQuestions) {
    }

    private final JdbcClient jdbc;

    StatementQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WonDeal> wonDeals(long repId, DateRange period) {
        return jdbc.sql(WON_DEALS).param("rep", repId).param("from", period.start()).param("to", period.end())
                .query(WonDeal.class).list();
    }

    @Override
    public List<QuestionLine> questions(Long repId, Long teamId, boolean openOnly) {
        return jdbc.sql(QUESTIONS).param("rep", repId, Types.BIGINT).param("team", teamId, Types.BIGINT)
                .param("openOnly", openOnly, Types.BOOLEAN).query(QuestionLine.class).list();
    }

    @Override
    public Map<Long, Integer> openQuestionCounts(long teamId) {
        return jdbc.sql(OPEN_QUESTION_COUNTS).param("team", teamId).query(OpenQuestions.class).list().stream()
                .collect(Collectors.toMap(OpenQuestions::repId, OpenQuestions::openQuestions));
    }
}
