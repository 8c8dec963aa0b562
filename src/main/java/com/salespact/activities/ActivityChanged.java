package com.salespact.activities;

import com.salespact.base.TeamEvent;

/** Published after an activity is logged, so scorecards and dashboards refresh. */
public record ActivityChanged(Long teamId, long repId, ActivityKind kind) implements TeamEvent {
}
