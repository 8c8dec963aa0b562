package com.salespact.commission;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.PeriodKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a statement settles: a fiscal quarter (the default), a fiscal month or a fiscal year. Thresholds and
 * the GP minimum are the targets of exactly this period, so a quarter's statement is not the sum of its months'.
 * Written in URLs as {@code 2026-Q4}, {@code 2026-M11} (fiscal month 11) or {@code 2026}.
 */
public record StatementPeriod(PeriodKind kind, int fiscalYear, int number) {

    public static final PeriodKind DEFAULT_KIND = PeriodKind.QUARTER;
    private static final Pattern TOKEN = Pattern.compile("(\\d{4})(?:-([QM])(\\d{1,2}))?");

    public StatementPeriod {
        switch (kind) {
            case QUARTER -> check(number >= 1 && number <= 4, "quarter", number);
            case MONTH -> check(number >= 1 && number <= 12, "month", number);
            case YEAR -> check(number == 0, "year part", number);
            case WEEK -> throw new IllegalArgumentException("Commission is not settled weekly");
        }
    }

    public static StatementPeriod containing(PeriodKind kind, FiscalCalendar calendar, LocalDate day) {
        int year = calendar.fiscalYearOf(day);
        return switch (kind) {
            case QUARTER -> new StatementPeriod(kind, year, calendar.fiscalQuarterOf(day));
            case MONTH -> new StatementPeriod(kind, year, calendar.fiscalMonthOf(day));
            case YEAR -> new StatementPeriod(kind, year, 0);
            case WEEK -> throw new IllegalArgumentException("Commission is not settled weekly");
        };
    }

    public static Optional<StatementPeriod> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(token.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.empty();
        }
        try {
            if (matcher.group(2) == null) {
                return Optional.of(new StatementPeriod(PeriodKind.YEAR, year, 0));
            }
            PeriodKind kind = "Q".equals(matcher.group(2)) ? PeriodKind.QUARTER : PeriodKind.MONTH;
            return Optional.of(new StatementPeriod(kind, year, Integer.parseInt(matcher.group(3))));
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
    }

    public String token() {
        return switch (kind) {
            case QUARTER -> fiscalYear + "-Q" + number;
            case MONTH -> fiscalYear + "-M" + number;
            default -> String.valueOf(fiscalYear);
        };
    }

    public DateRange range(FiscalCalendar calendar) {
        return switch (kind) {
            case QUARTER -> calendar.quarter(fiscalYear, number);
            case MONTH -> calendar.month(fiscalYear, number);
            default -> calendar.year(fiscalYear);
        };
    }

    /** The period of the same kind {@code steps} later (negative: earlier). */
    public StatementPeriod plus(int steps) {
        return switch (kind) {
            case QUARTER -> {
                int index = fiscalYear * 4 + number - 1 + steps;
                yield new StatementPeriod(kind, Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
            }
            case MONTH -> {
                int index = fiscalYear * 12 + number - 1 + steps;
                yield new StatementPeriod(kind, Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
            }
            default -> new StatementPeriod(kind, fiscalYear + steps, 0);
        };
    }

    private static void check(boolean ok, String what, int number) {
        if (!ok) {
            throw new IllegalArgumentException("No such " + what + ": " + number);
        }
    }
}
