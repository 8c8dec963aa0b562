package com.salespact.pact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Twelve months of someone's (or a team's) selling: deals won and lost, opportunities opened, meetings and calls.
 * A rate is only offered when there is enough history behind it to mean something.
 */
public record FormulaHistory(long wins, BigDecimal wonAmount, long losses, long opportunities, long meetings,
                             long calls) {

    static final int MIN_WINS = 5;
    static final int MIN_CLOSED = 10;
    static final int MIN_MEETINGS = 20;
    static final int MIN_CALLS = 50;

    public static final FormulaHistory EMPTY = new FormulaHistory(0, BigDecimal.ZERO, 0, 0, 0, 0);

    public Optional<BigDecimal> averageDealSize() {
        return wins >= MIN_WINS ? Optional.of(wonAmount.divide(BigDecimal.valueOf(wins), 2, RoundingMode.HALF_UP))
                : Optional.empty();
    }

    public Optional<BigDecimal> winRatePercent() {
        return wins + losses >= MIN_CLOSED && wins > 0 ? Optional.of(percent(wins, wins + losses)) : Optional.empty();
    }

    public Optional<BigDecimal> meetingToOpportunityPercent() {
        return meetings >= MIN_MEETINGS && opportunities > 0 ? Optional.of(percent(opportunities, meetings))
                : Optional.empty();
    }

    public Optional<BigDecimal> callToMeetingPercent() {
        return calls >= MIN_CALLS && meetings > 0 ? Optional.of(percent(meetings, calls)) : Optional.empty();
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
