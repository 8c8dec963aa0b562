package com.salespact.reviews;

import com.salespact.base.TeamEvent;

/**
 * A review changed (agenda, notes, actions, held, scheduled): the other device in the meeting refreshes, and wall
 * screens re-read their upcoming deadlines. Carries ids only; each screen re-reads what its viewer may see.
 */
public record ReviewChanged(Long teamId, long reviewId, long repId) implements TeamEvent {
}
