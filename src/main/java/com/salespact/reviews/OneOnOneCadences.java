package com.salespact.reviews;

import com.salespact.pact.PactService;
import org.springframework.stereotype.Component;

/**
 * Where a rep's 1:1 cadence comes from: the manager's ONE_ON_ONE commitment in the rep's signed pact (every N
 * weeks), else the company default ({@code salespact.reviews.one-on-one-*}: weekly). The weekday is the company's.
 */
@Component
public class OneOnOneCadences {

    private final ReviewSettings settings;
    private final PactService pacts;

    OneOnOneCadences(ReviewSettings settings, PactService pacts) {
        this.settings = settings;
        this.pacts = pacts;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope */
    public OneOnOneCadence cadenceFor(long repId) {
        int weeks = pacts.oneOnOneEveryWeeks(repId).orElse(settings.oneOnOneEveryWeeks());
        return new OneOnOneCadence(Math.clamp(weeks, 1, 8), settings.oneOnOneDay());
    }
}
