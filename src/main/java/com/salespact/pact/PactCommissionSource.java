package com.salespact.pact;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the pact gets the commission plan it shows and freezes. Implemented by the commission feature, which sits
 * above the pact: the pact only knows this port, never the commission package. Callers have checked that the rep is
 * in the signed-in person's scope.
 */
public interface PactCommissionSource {

    /** The rep's commission plan as it stands for the fiscal year containing {@code day}; empty without one. */
    Optional<PactCommission> planFor(long repId, LocalDate day);

    /** The terms in words, as the commission statement writes its plan ("3.0 % of revenue, …"). */
    String describe(PactCommission terms);

    /** Where a manager opens (and changes) the plan: the rep's commission page for the period containing the day. */
    String planLink(long repId, LocalDate day);
}
