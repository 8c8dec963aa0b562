package com.salespact.pact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One field that differs between the signed pact and a new version; blank before/after means added/removed. */
public record PactChange(PactStep step, String field, String before, String after) {

    /** The field-by-field difference from {@code before} to {@code after}, in step and form order. */
    public static List<PactChange> between(PactDocument before, PactDocument after) {
        return between(before, PactReading.PLAIN, after, PactReading.PLAIN);
    }

    /** The same, each side read with its own formula (the signed one's as agreed, the new one's as it stands). */
    public static List<PactChange> between(PactDocument before, PactReading beforeReading, PactDocument after,
                                           PactReading afterReading) {
        List<PactChange> changes = new ArrayList<>();
        for (PactStep step : PactStep.values()) {
            Map<String, String> old = before.step(step).fields(beforeReading);
            Map<String, String> now = after.step(step).fields(afterReading);
            Set<String> labels = new LinkedHashSet<>(old.keySet());
            labels.addAll(now.keySet());
            for (String label : labels) {
                String was = old.getOrDefault(label, "");
                String is = now.getOrDefault(label, "");
                if (!was.equals(is)) {
                    changes.add(new PactChange(step, label, was, is));
                }
            }
        }
        return changes;
    }
}
