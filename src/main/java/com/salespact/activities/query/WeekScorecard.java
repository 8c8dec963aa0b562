package com.salespact.activities.query;

import com.salespact.base.DateRange;
import java.util.List;

/** A rep's minimum standards for one ISO week; {@code fromPact} when the minimums are their signed pact's. */
public record WeekScorecard(long repId, String repName, DateRange week, List<ScoreLine> lines, boolean fromPact) {

    public ScoreLine line(ScoreLine.Metric metric) {
        return lines.stream().filter(line -> line.metric() == metric).findFirst().orElseThrow();
    }

    public boolean allMet() {
        return lines.stream().allMatch(ScoreLine::met);
    }
}
