package com.salespact.activities.query;

import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A rep's minimum standards for one ISO week; {@code fromPact} when the minimums are their signed pact's. */
public record WeekScorecard(long repId, String repName, DateRange week, List<ScoreLine> lines, boolean fromPact) {

    /**
     * What needs attention first: the worst pace of any standard (at risk, behind, on track), then the lowest
     * attainment of any standard, then the name.
     */
    public static final Comparator<WeekScorecard> BEHIND_FIRST = Comparator
            .comparing(WeekScorecard::pace, Pace.WORST_FIRST)
            .thenComparing(WeekScorecard::lowestAttainment, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WeekScorecard::repName);

    /** The worst pace of the week's standards (each by {@link ScoreLine#pace()}, the one attainment rule). */
    public Pace pace() {
        return lines.stream().map(ScoreLine::pace).min(Pace.WORST_FIRST).orElse(Pace.ON_TRACK);
    }

    /** The lowest attainment of the standards that were due by now; null when none was due yet. */
    public BigDecimal lowestAttainment() {
        return lines.stream().map(ScoreLine::attainment).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    public ScoreLine line(ScoreLine.Metric metric) {
        return lines.stream().filter(line -> line.metric() == metric).findFirst().orElseThrow();
    }

    public boolean allMet() {
        return lines.stream().allMatch(ScoreLine::met);
    }
}
