package com.salespact.digest;

import com.salespact.base.DateRange;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.PactState;
import com.salespact.pact.query.CommitmentActual;
import java.util.List;

/** A manager's digest of one complete week: the team in one table, and their own commitments to each rep. */
public record ManagerDigest(long managerId, DateRange week, List<RepLine> team, List<Commitment> commitments) {

    /**
     * One rep of the team.
     * @param pactVersionId the pact in force at the week's end; null without one
     * @param pace          sales in that pact's period up to the week's end against its target; null without a pact
     * @param masMisses     standards of the week not met
     * @param ladder        the rung reached; null when none is
     * @param state         where the pact stands (due for renewal, waiting for a signature, none, ...)
     */
    public record RepLine(long repId, String repName, Long pactVersionId, RepPace pace, int masMisses,
                          LadderPosition ladder, PactState state) {
    }

    /** One of the manager's commitments of a rep's pact, measured over the week. */
    public record Commitment(long repId, String repName, long pactVersionId, CommitmentActual commitment) {
    }
}
