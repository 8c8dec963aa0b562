package com.salespact.reviews;

import org.springframework.stereotype.Component;

/**
 * Where a rep's 1:1 cadence comes from. Today: the company default ({@code salespact.reviews.one-on-one-*}).
 * Once pacts are signed, {@link #cadenceFor(long)} is the one place to read the manager's ONE_ON_ONE commitment.
 */
@Component
public class OneOnOneCadences {

    private final ReviewSettings settings;

    OneOnOneCadences(ReviewSettings settings) {
        this.settings = settings;
    }

    public OneOnOneCadence cadenceFor(long repId) {
        return new OneOnOneCadence(settings.oneOnOneEveryWeeks(), settings.oneOnOneDay());
    }
}
