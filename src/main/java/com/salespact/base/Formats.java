package com.salespact.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;

/**
 * How dates, times, money, percentages and counts read for one person: the one place that formats them. Built for a
 * locale (the user's, or the company's for texts a service writes down) and the company's currency, so "4 Dec 2026",
 * "€119,968" and "14:59" in London read "4. Dez. 2026", "119.968 €" and "14:59" in Berlin and "Dec 4, 2026" and
 * "2:59 PM" in New York. Patterns are CLDR skeletons ({@link DateTimeFormatter#ofLocalizedPattern}), so each locale
 * orders and punctuates them its own way.
 */
public final class Formats {

    private final Locale locale;
    private final Currency currency;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dayMonth;
    private final DateTimeFormatter weekdayDate;
    private final DateTimeFormatter weekdayDayMonth;
    private final DateTimeFormatter month;
    private final DateTimeFormatter shortMonth;
    private final DateTimeFormatter time;
    private final DateTimeFormatter timeWithSeconds;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        this.date = pattern("yMMMd");
        this.dayMonth = pattern("MMMd");
        this.weekdayDate = pattern("yMMMEd");
        this.weekdayDayMonth = pattern("MMMEd");
        this.month = pattern("yMMMM");
        this.shortMonth = pattern("yMMM");
        this.time = pattern("jm");
        this.timeWithSeconds = pattern("jms");
        this.longDate = DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale);
        this.dateTime = pattern("yMMMdjm");
    }

    /** For a currency code from the configuration ("EUR"); an unknown code falls back to the locale's currency. */
    public static Formats of(Locale locale, String currencyCode) {
        Currency currency;
        try {
            currency = Currency.getInstance(currencyCode);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            currency = Currency.getInstance(Locale.UK);
        }
        return new Formats(locale, currency);
    }

    private DateTimeFormatter pattern(String skeleton) {
        return DateTimeFormatter.ofLocalizedPattern(skeleton).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** "4 Dec 2026". */
    public String date(TemporalAccessor value) {
        return format(date, value);
    }

    /** "1 Oct 2026 – 31 Dec 2026": a period's first and last day. */
    public String dateRange(TemporalAccessor start, TemporalAccessor end) {
        return date(start) + " – " + date(end);
    }

    /** "4 December 2026": for documents (the printed pact). */
    public String longDate(TemporalAccessor value) {
        return format(longDate, value);
    }

    /** "4 Dec": where the year goes without saying. */
    public String dayMonth(TemporalAccessor value) {
        return format(dayMonth, value);
    }

    /** "Fri, 4 Dec 2026". */
    public String weekdayDate(TemporalAccessor value) {
        return format(weekdayDate, value);
    }

    /** "Fri 4 Dec". */
    public String weekdayDayMonth(TemporalAccessor value) {
        return format(weekdayDayMonth, value);
    }

    /** "December 2026". */
    public String month(TemporalAccessor value) {
        return format(month, value);
    }

    /** "Dec 2026". */
    public String shortMonth(TemporalAccessor value) {
        return format(shortMonth, value);
    }

    /** "14:59" (or "2:59 PM" where the locale counts hours so). */
    public String time(TemporalAccessor value) {
        return format(time, value);
    }

    /** "14:59:07": when seconds tell saves apart. */
    public String timeWithSeconds(TemporalAccessor value) {
        return format(timeWithSeconds, value);
    }

    /** "4 Dec 2026, 14:59". */
    public String dateTime(TemporalAccessor value) {
        return format(dateTime, value);
    }

    /** An instant as the company's clock shows it, "4 Dec 2026, 14:59". */
    public String dateTime(Instant value, ZoneId zone) {
        return value == null ? "" : dateTime(value.atZone(zone));
    }

    /** "€119,968": whole units in the company currency, as amounts are read at a glance. */
    public String money(BigDecimal amount) {
        return amount == null ? "" : currencyFormat(0).format(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** "€360.00": to the cent, where cents are owed (commission lines). */
    public String moneyExact(BigDecimal amount) {
        return amount == null ? "" : currencyFormat(currency.getDefaultFractionDigits())
                .format(amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP));
    }

    /** "€240K", "€12.3K", "€4.6M": for tiles, column headers and TV screens. */
    public String compactMoney(BigDecimal amount) {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
        compact.setMaximumFractionDigits(1);
        String number = compact.format(Money.orZero(amount));
        String symbol = currency.getSymbol(locale);
        NumberFormat sample = currencyFormat(0);
        // Put the symbol where the locale puts it ("€240K", "240.000 €").
        return sample.format(1).startsWith(symbol) ? symbol + number : number + "\u00a0" + symbol; // never wrapped apart
    }

    /** "42%" for a ratio of 0.42; "—" when there is nothing to divide by. */
    public String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "—";
        }
        return NumberFormat.getPercentInstance(locale).format(ratio.setScale(2, RoundingMode.HALF_UP));
    }

    /** A multiple such as pipeline coverage: "2.5×", "0,5×" in German; "—" when there is none. */
    public String times(BigDecimal ratio) {
        return ratio == null ? "—" : number(ratio, 2) + "×";
    }

    /** A plain number with grouping and at most {@code decimals} decimals: "1,234.5". */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(decimals);
        number.setMinimumFractionDigits(0);
        return number.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** "13,587". */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private NumberFormat currencyFormat(int decimals) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
