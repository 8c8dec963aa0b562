package com.salespact.pact;

/**
 * Published when a rep's weekly ladder evaluation steps up or down a rung, inside the evaluating transaction, so
 * features above the pact (the 1:1 agenda) act on what was agreed up front.
 */
public record LadderRungChanged(long repId, int fromRung, LadderPosition position) {

    public boolean steppedUp() {
        return position.rung() > fromRung;
    }
}
