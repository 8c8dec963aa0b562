package com.salespact.reviews;

import com.salespact.base.DateRange;
import com.salespact.pact.query.CommitmentActual;
import java.util.List;

/**
 * A manager's own side of their team's pacts over a period: per rep, each commitment of the pact in force with
 * what was promised, due and done.
 */
public record TeamCommitments(DateRange period, List<Rep> reps) {

    public TeamCommitments {
        reps = List.copyOf(reps);
    }

    /** @param commitments empty when the rep has no signed pact in force */
    public record Rep(long repId, String repName, List<CommitmentActual> commitments) {

        public Rep {
            commitments = List.copyOf(commitments);
        }

        public boolean hasPact() {
            return !commitments.isEmpty();
        }
    }

    /** One table row per rep and commitment. */
    public record Line(long repId, String repName, CommitmentActual commitment) {
    }

    public List<Line> lines() {
        return reps.stream().flatMap(rep -> rep.commitments().stream()
                .map(commitment -> new Line(rep.repId(), rep.repName(), commitment))).toList();
    }

    public List<String> repsWithoutPact() {
        return reps.stream().filter(rep -> !rep.hasPact()).map(Rep::repName).toList();
    }
}
