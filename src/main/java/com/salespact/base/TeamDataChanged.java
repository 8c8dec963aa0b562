package com.salespact.base;

/** Many rows of a team changed at once (an import): screens of the team re-read everything. */
public record TeamDataChanged(Long teamId) implements TeamEvent {
}
