package com.salespact.pact;

import java.util.List;
import java.util.Optional;

/**
 * What the consequence ladder reads: a rep's standing as last evaluated, their rung history, and who is evaluated.
 * Callers check access. Implemented in {@code pact.query}, which may use this package; this package never uses that
 * one.
 */
public interface LadderRows {

    /** The rep's standing as last evaluated; empty when never evaluated (or no pact is in force any more). */
    Optional<LadderPosition> standing(long repId);

    /** Every step up or down the rep's ladder, newest first. */
    List<LadderEventLine> history(long repId);

    /** The reps whose ladder is evaluated: every active rep. */
    List<Long> activeRepIds();
}
