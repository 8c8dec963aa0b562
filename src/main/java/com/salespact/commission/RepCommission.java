package com.salespact.commission;

import java.math.BigDecimal;

/**
 * One rep's line in a team's commission summary, taken from the rep's statement for the period so the two never
 * disagree: revenue won against the period's revenue target, commission earned so far, and the rep's questions still
 * waiting for an answer (on any statement).
 *
 * @param target     the period's revenue target the statement measures against; zero when none is set
 * @param attainment revenue won ÷ that target, as the statement computes it; null without a target
 */
public record RepCommission(long repId, String repName, BigDecimal revenue, BigDecimal target, BigDecimal attainment,
                            BigDecimal earned, int openQuestions) {

    static RepCommission of(RepStatement statement, int openQuestions) {
        Statement figures = statement.statement();
        return new RepCommission(statement.repId(), statement.repName(), figures.revenue(), figures.target().revenue(),
                statement.attainment(), figures.total(), openQuestions);
    }
}
