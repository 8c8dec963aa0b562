package com.salespact.digest;

import com.salespact.activities.query.ScoreLine;
import com.salespact.base.DateRange;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.reviews.ReviewDetails;
import java.time.LocalDate;
import java.util.List;

/**
 * A rep's digest of one complete week, read as the rep sees it. Without a pact in force that week only {@code pact}
 * is null and the sales, standards and commitments are left out: the digest then says so and what is still open.
 *
 * @param pact          the pact version that governed the week; null without one
 * @param periodPace    won in the pact's period up to the week's end against its target and what was due by then
 * @param weekPace      won in the week against the week's share of the target
 * @param standards     the week's minimum standards (those the pact sets) with what was done
 * @param commitments   the manager's commitments of that pact, measured over the week
 * @param nextOneOnOne  the next weekly 1:1 still to be held; null when none is scheduled
 * @param ladder        the rung reached on the pact's ladder; null when none is
 */
public record RepDigest(long repId, String repName, DateRange week, Pact pact, RepPace periodPace, RepPace weekPace,
                        List<ScoreLine> standards, List<CommitmentActual> commitments,
                        List<ReviewDetails.ActionLine> openActions, NextMeeting nextOneOnOne, LadderPosition ladder) {

    /** The pact in force: its number, its period. */
    public record Pact(long versionId, int number, DateRange period) {
    }

    /** A 1:1 to prepare: when, and what is on its agenda so far. */
    public record NextMeeting(long reviewId, LocalDate day, List<String> agenda) {
    }

    public boolean hasPact() {
        return pact != null;
    }
}
