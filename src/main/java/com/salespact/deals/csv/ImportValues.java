package com.salespact.deals.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts and dates as CRM exports and spreadsheets write them, read into the SalesPact template's plain forms
 * ("1234.50", "2026-03-15"). Each rule in one place, so the preview, the mapping step's sample and the tests agree.
 */
public final class ImportValues {

    /** How a file writes slashed dates: 03/04/2026 is 4 March (MONTH_FIRST) or 3 April (DAY_FIRST). */
    public enum DateOrder {
        MONTH_FIRST, DAY_FIRST
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:[ ,T].*)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})(?:[ ,T].*)?");
    /** Currency symbols and codes, spaces of every kind and Swiss apostrophes around or inside an amount. */
    private static final Pattern NOISE = Pattern.compile("[\\p{Sc}\\p{L}\\s\\u00A0\\u202F']");
    private static final Pattern DIGITS = Pattern.compile("[+-]?[\\d.,]*\\d[\\d.,]*");

    private ImportValues() {
    }

    /**
     * "1,234.50", "1.234,50", "1 234,50", "$1,234", "€ 1.234", "1234.5 EUR" → 1234.50; null when it is no amount.
     * With both separators the last one is the decimal mark; a single separator followed by exactly three digits is
     * a thousands separator (money has two decimals), otherwise the decimal mark.
     */
    public static BigDecimal amount(String raw) {
        String value = NOISE.matcher(raw).replaceAll("");
        if (value.startsWith("(") && value.endsWith(")")) {
            value = "-" + value.substring(1, value.length() - 1);
        }
        if (!DIGITS.matcher(value).matches()) {
            return null;
        }
        int comma = value.lastIndexOf(',');
        int dot = value.lastIndexOf('.');
        String plain;
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char thousands = decimal == ',' ? '.' : ',';
            plain = value.replace(String.valueOf(thousands), "").replace(decimal, '.');
        } else if (comma >= 0 || dot >= 0) {
            char separator = comma >= 0 ? ',' : '.';
            int first = value.indexOf(separator);
            int last = Math.max(comma, dot);
            boolean thousands = first != last || value.length() - last - 1 == 3;
            plain = thousands ? value.replace(String.valueOf(separator), "") : value.replace(separator, '.');
        } else {
            plain = value;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * ISO (with or without a time), dd.MM.yyyy, or a slashed date in the given order, with an optional time after
     * it; null when it is none of these. Two-digit years are this century's.
     */
    public static LocalDate date(String raw, DateOrder order) {
        String value = raw.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher dotted = DOTTED.matcher(value);
            if (dotted.matches()) {
                return LocalDate.of(year(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                        Integer.parseInt(dotted.group(1)));
            }
            Matcher slashed = SLASHED.matcher(value);
            if (slashed.matches() && order != null) {
                int first = Integer.parseInt(slashed.group(1));
                int second = Integer.parseInt(slashed.group(2));
                return order == DateOrder.MONTH_FIRST ? LocalDate.of(year(slashed.group(3)), first, second)
                        : LocalDate.of(year(slashed.group(3)), second, first);
            }
        } catch (DateTimeException | NumberFormatException noSuchDay) {
            return null;
        }
        return null;
    }

    /** Whether any value is a slashed date, whose order must be known to read it. */
    public static boolean anySlashed(Collection<String> values) {
        return values.stream().anyMatch(value -> SLASHED.matcher(value.strip()).matches());
    }

    /**
     * The order the slashed dates among the values must have: decided by a part above 12 (15/03 is day first,
     * 03/15 month first); null when every slashed date reads both ways — then the user is asked.
     */
    public static DateOrder slashedOrder(Collection<String> values) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        for (String value : values) {
            Matcher slashed = SLASHED.matcher(value.strip());
            if (slashed.matches()) {
                dayFirst |= Integer.parseInt(slashed.group(1)) > 12;
                monthFirst |= Integer.parseInt(slashed.group(2)) > 12;
            }
        }
        if (dayFirst == monthFirst) {
            return null; // neither (ambiguous), or both (mixed: the rows that do not fit are reported)
        }
        return dayFirst ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
