package com.salespact.reviews;

import com.salespact.base.Pace;
import com.salespact.goals.query.RepPace;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One rep's line in a manager's review overview: the next review, the last held one, open actions, and the rep's
 * pace this fiscal quarter (as "My business" and the 1:1 facts show it).
 *
 * @param attainment won revenue ÷ the pro-rated target, null when nothing was due yet
 */
public record RepReviews(long repId, String repName, ReviewRow next, ReviewRow lastHeld, int openActions, Pace pace,
                         BigDecimal attainment) {

    /** The reps who need attention first (at risk, then behind, then on track), then by name. */
    public static final Comparator<RepReviews> ATTENTION_FIRST = Comparator
            .comparing(RepReviews::pace, Pace.WORST_FIRST)
            .thenComparing(RepReviews::repName)
            .thenComparingLong(RepReviews::repId);

    /** @param pace the rep's pace; null (no figures for the rep) counts as on track, as no target does */
    static RepReviews of(RepReviewRow row, RepPace pace) {
        return new RepReviews(row.repId(), row.repName(), row.next(), row.lastHeld(), row.openActions(),
                pace == null ? Pace.ON_TRACK : pace.pace(), pace == null ? null : pace.attainment());
    }
}
