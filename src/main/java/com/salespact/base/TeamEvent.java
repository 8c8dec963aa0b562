package com.salespact.base;

/**
 * A committed change that open screens of a team should reflect (a deal moved, an activity logged).
 * Features publish these as Spring events; {@link LiveUpdates} fans them out to the screens watching the team.
 */
public interface TeamEvent {

    /** The team whose numbers changed; null when the owner has no team. */
    Long teamId();
}
