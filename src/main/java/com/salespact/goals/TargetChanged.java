package com.salespact.goals;

import com.salespact.base.TeamEvent;

/** Published after a target change commits: a rep's ({@code personId}) or a team's (personId null). */
public record TargetChanged(Long teamId, Long personId, int fiscalYear) implements TeamEvent {
}
