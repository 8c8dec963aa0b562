package com.salespact.activities.query;

import com.salespact.base.DateRange;
import java.util.List;

/** A rep's minimum standards for one ISO week. */
public record WeekScorecard(long repId, String repName, DateRange week, List<ScoreLine> lines) {

    public ScoreLine line(ScoreLine.Metric metric) {
        return lines.stream().filter(line -> line.metric() == metric).findFirst().orElseThrow();
    }

    public boolean allMet() {
        return lines.stream().allMatch(ScoreLine::met);
    }
}
