package com.salespact.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@link GoalService} reads: the years with targets, a year's reps and teams, a team's sum of its reps' targets
 * and a target's history. Callers check access. Implemented in {@code goals.query}, which may use this package; this
 * package never uses that one.
 */
public interface TargetRows {

    /** Every fiscal year some target is set for, in no order. */
    List<Integer> fiscalYears();

    /** The year's reps (kind REP) and teams (kind TEAM) within a team and/or person (null: any), unsorted. */
    List<YearRow> year(int fiscalYear, Long teamId, Long personId);

    /** The year's targets of the team's active reps added up (zero without any). */
    Sum repsSum(long teamId, int fiscalYear);

    /** A target's revisions, newest first. */
    List<TargetRevisionLine> history(long targetId);

    /**
     * A rep's or a team's line of a year: the target (all null without one), for a team also the sum of its reps'
     * targets, and the month weights pivoted into w1..w12 (null where there are none).
     */
    record YearRow(String kind, long ownerId, String name, String username, Long teamId, Long targetId, Long version,
                   BigDecimal revenue, BigDecimal minGp, Boolean explicitTeam, BigDecimal repsRevenue,
                   BigDecimal repsMinGp, BigDecimal w1, BigDecimal w2, BigDecimal w3, BigDecimal w4, BigDecimal w5,
                   BigDecimal w6, BigDecimal w7, BigDecimal w8, BigDecimal w9, BigDecimal w10, BigDecimal w11,
                   BigDecimal w12) {

        public boolean rep() {
            return "REP".equals(kind.strip());
        }

        /** The stored weights; flat when there are none (or all are zero). */
        public Seasonality seasonality() {
            List<BigDecimal> weights = Stream.of(w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12)
                    .map(weight -> weight == null ? BigDecimal.ZERO : weight).toList();
            return weights.stream().allMatch(weight -> weight.signum() == 0) ? Seasonality.flat()
                    : new Seasonality(weights);
        }
    }

    /** Revenue and minimum gross profit added up. */
    record Sum(BigDecimal revenue, BigDecimal gp) {
    }
}
