package com.salespact.goals.query;

import com.salespact.base.Pace;
import java.math.BigDecimal;
import java.util.List;

/** A team's sales against target: the sum of its reps (a team target is the sum of its reps' targets). */
public record TeamPace(BigDecimal actualRevenue, BigDecimal actualGrossProfit, BigDecimal target,
                       BigDecimal grossProfitTarget, BigDecimal dueTarget, List<RepPace> reps) {

    public static TeamPace of(List<RepPace> reps) {
        return new TeamPace(sum(reps, RepPace::actualRevenue), sum(reps, RepPace::actualGrossProfit),
                sum(reps, RepPace::target), sum(reps, RepPace::grossProfitTarget), sum(reps, RepPace::dueTarget), reps);
    }

    /** Several teams as one: actuals and targets added up (each team's own target, explicit or not), every rep. */
    public static TeamPace total(java.util.Collection<TeamPace> teams) {
        return new TeamPace(add(teams, TeamPace::actualRevenue), add(teams, TeamPace::actualGrossProfit),
                add(teams, TeamPace::target), add(teams, TeamPace::grossProfitTarget), add(teams, TeamPace::dueTarget),
                teams.stream().flatMap(team -> team.reps().stream()).toList());
    }

    private static BigDecimal add(java.util.Collection<TeamPace> teams,
                                  java.util.function.Function<TeamPace, BigDecimal> value) {
        return teams.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The same actuals against an explicit team target. */
    public TeamPace withTargets(BigDecimal teamTarget, BigDecimal teamGrossProfitTarget, BigDecimal teamDueTarget) {
        return new TeamPace(actualRevenue, actualGrossProfit, teamTarget, teamGrossProfitTarget, teamDueTarget, reps);
    }

    public BigDecimal attainment() {
        return Pace.attainment(actualRevenue, dueTarget);
    }

    public BigDecimal shareOfTarget() {
        return Pace.attainment(actualRevenue, target);
    }

    public Pace pace() {
        return Pace.of(attainment());
    }

    private static BigDecimal sum(List<RepPace> reps, java.util.function.Function<RepPace, BigDecimal> value) {
        return reps.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
