package com.salespact.goals;

import java.util.List;

/** The targets of one fiscal year the signed-in person may see: their team(s) and reps (a rep: only their own). */
public record YearTargets(int fiscalYear, List<TeamTargetLine> teams, List<TargetLine> reps) {

    public List<TargetLine> repsOf(long teamId) {
        return reps.stream().filter(rep -> rep.teamId() != null && rep.teamId() == teamId).toList();
    }
}
