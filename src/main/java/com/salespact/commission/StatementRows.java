package com.salespact.commission;

import com.salespact.base.DateRange;
import java.util.List;
import java.util.Map;

/**
 * What statements read: won deals and questions, each one SQL statement returning records. Callers check access.
 * Implemented in {@code commission.query}, which may use this package; this package never uses that one.
 */
public interface StatementRows {

    /** The most questions a list shows. */
    int QUESTION_LIMIT = 50;

    /** The rep's deals won in the period, in the order they were won. */
    List<WonDeal> wonDeals(long repId, DateRange period);

    /** Questions, newest first, at most {@link #QUESTION_LIMIT}; null filters mean "any". */
    List<QuestionLine> questions(Long repId, Long teamId, boolean openOnly);

    /** Questions waiting for an answer, per rep of the team; reps without any are left out. */
    Map<Long, Integer> openQuestionCounts(long teamId);
}
