package com.salespact.reviews;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of a held review as JSON in {@code review.facts_snapshot}. Fields unknown to this version are ignored,
 * so snapshots written by a later version stay readable; lists are capped so a snapshot fits its column.
 */
public final class FactsJson {

    /** The column holds 100,000 characters; a capped snapshot is far below. */
    static final int MAX_CHANGES = 60;
    static final int MAX_OPEN_DEALS = 200;
    static final int MAX_ACTIONS = 50;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FactsJson() {
    }

    public static String write(ReviewFacts facts) {
        return MAPPER.writeValueAsString(capped(facts));
    }

    public static ReviewFacts read(String json) {
        return MAPPER.readValue(json, ReviewFacts.class);
    }

    static ReviewFacts capped(ReviewFacts facts) {
        return new ReviewFacts(facts.format(), facts.asOf(), facts.moment(), facts.baseline(), facts.week(),
                facts.quarter(), facts.scorecard(), first(facts.pipeline(), MAX_CHANGES),
                first(facts.openDeals(), MAX_OPEN_DEALS), first(facts.actions(), MAX_ACTIONS), facts.breakdown(),
                facts.commitments());
    }

    private static <T> java.util.List<T> first(java.util.List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }
}
