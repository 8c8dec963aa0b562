package com.salespact.dashboard.query;

import com.salespact.base.Pace;
import com.salespact.goals.query.TeamPace;
import java.math.BigDecimal;
import java.util.Comparator;

/** One team on the company dashboard: its sales against its team target, as its own dashboard shows them. */
public record TeamStanding(long teamId, TeamPace figures) {

    /** At risk, then behind, then on track; within a pace the lowest attainment first, then by team id. */
    public static final Comparator<TeamStanding> BEHIND_FIRST = Comparator
            .comparing(TeamStanding::pace, Pace.WORST_FIRST)
            .thenComparing(TeamStanding::attainment, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(TeamStanding::teamId);

    public BigDecimal attainment() {
        return figures.attainment();
    }

    public Pace pace() {
        return figures.pace();
    }

    /** The team's reps behind or at risk against their own pro-rated targets. */
    public long repsBehind() {
        return figures.reps().stream().filter(rep -> rep.pace() != Pace.ON_TRACK).count();
    }

    /** How many active reps the team has. */
    public int reps() {
        return figures.reps().size();
    }
}
