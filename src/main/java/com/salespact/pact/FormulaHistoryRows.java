package com.salespact.pact;

import java.time.LocalDate;

/**
 * Twelve months of selling up to a day, for the sales formula, for one rep or a whole team. Implemented in
 * {@code pact.query}, which may use this package; this package never uses that one.
 */
public interface FormulaHistoryRows {

    FormulaHistory rep(long repId, LocalDate asOf);

    /** {@link FormulaHistory#EMPTY} without a team. */
    FormulaHistory team(Long teamId, LocalDate asOf);
}
