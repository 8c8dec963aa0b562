package com.salespact.deals.csv;

import com.salespact.base.TextRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values of one row, read as the types their columns hold. Every problem is collected (not just the first), with
 * the row's line, so a user can fix a file in one pass.
 */
final class RowValues {

    /** numeric(14,2): twelve digits before the decimal point, two after. */
    private static final int MONEY_INTEGER_DIGITS = 12;
    private static final int MONEY_DECIMALS = 2;
    private static final Pattern DECIMAL_POINT = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+(,\\d+)?");
    private static final Pattern SPACES_OR_DASHES = Pattern.compile("[\\s-]+");
    private static final int SHOWN_VALUE = 40;

    private final long line;
    private final Map<String, String> values;
    private final Set<String> header;
    private final boolean decimalComma;
    private final List<CsvError> errors;

    RowValues(long line, Map<String, String> values, Set<String> header, boolean decimalComma, List<CsvError> errors) {
        this.line = line;
        this.values = values;
        this.header = header;
        this.decimalComma = decimalComma;
        this.errors = new ArrayList<>(errors);
    }

    long line() {
        return line;
    }

    Map<String, String> values() {
        return values;
    }

    List<CsvError> errors() {
        return errors;
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether the file has this column at all (an optional column left out keeps the stored value on update). */
    boolean has(String column) {
        return header.contains(column);
    }

    String raw(String column) {
        return values.getOrDefault(column, "");
    }

    void error(String column, String problem) {
        errors.add(new CsvError(line, column, problem));
    }

    /**
     * Text, or null when empty. Single-line texts refuse every control character; multi-line ones (notes) allow
     * tabs and line breaks. A leading apostrophe before = + - @ is dropped: the export adds it so spreadsheets do
     * not run a value as a formula.
     */
    String text(String column, boolean required, int maxLength, boolean multiLine) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, CsvTexts.text("csv.problem.empty", column));
            }
            return null;
        }
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0) {
            value = value.substring(1);
        }
        if (value.indexOf('\uFFFD') >= 0) {
            error(column, CsvTexts.text("csv.problem.not-utf8", column));
            return null;
        }
        Optional<TextRules.Problem> problem = TextRules.check(value, maxLength, multiLine);
        if (problem.isPresent()) {
            error(column, problem.get().kind() == TextRules.Problem.Kind.TOO_LONG ? tooLong(column, value, maxLength)
                    : CsvTexts.text("csv.problem.control-character", column, problem.get().characterName(),
                            CsvTexts.count(problem.get().position())));
            return null;
        }
        return value;
    }

    /** An amount of money: digits with an optional decimal point (or decimal comma in semicolon files). */
    BigDecimal money(String column) {
        String value = raw(column).replace(" ", "").replace("\u00A0", "");
        if (value.isEmpty()) {
            error(column, CsvTexts.text("csv.problem.empty", column));
            return null;
        }
        boolean plain = DECIMAL_POINT.matcher(value).matches();
        boolean comma = decimalComma && DECIMAL_COMMA.matcher(value).matches();
        if (!plain && !comma) {
            error(column, CsvTexts.text(decimalComma ? "csv.problem.not-a-number-comma" : "csv.problem.not-a-number",
                    column, show(raw(column))));
            return null;
        }
        BigDecimal number = new BigDecimal(value.replace(',', '.'));
        if (number.scale() > MONEY_DECIMALS) {
            error(column, CsvTexts.text("csv.problem.decimals", column, value, String.valueOf(MONEY_DECIMALS)));
            return null;
        }
        if (number.precision() - number.scale() > MONEY_INTEGER_DIGITS) {
            error(column, CsvTexts.text("csv.problem.too-large", column, value));
            return null;
        }
        return number.setScale(MONEY_DECIMALS);
    }

    /** One of an enum's names, ignoring case; spaces and dashes read as underscores ("best case" = BEST_CASE). */
    <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, CsvTexts.text("csv.problem.empty", column));
            }
            return null;
        }
        String name = SPACES_OR_DASHES.matcher(value.strip().toUpperCase(Locale.ROOT)).replaceAll("_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        error(column, CsvTexts.text("csv.problem.not-one-of", column, show(value),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /** e.g. {@code name "Fleet renewal…": at most 200 characters — you typed 10,000}; refused, never cut. */
    static String tooLong(String column, String value, int maxLength) {
        return CsvTexts.text("csv.problem.too-long", column, show(value), CsvTexts.count(maxLength),
                CsvTexts.count(value.length()));
    }

    /** An ISO date, yyyy-MM-dd. */
    LocalDate date(String column) {
        return date(column, true);
    }

    /** An ISO date, yyyy-MM-dd, or null when empty and not required. */
    LocalDate date(String column, boolean required) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, CsvTexts.text("csv.problem.empty", column));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            error(column, CsvTexts.text("csv.problem.not-a-date", column, show(value)));
            return null;
        }
    }

    /** A value quoted for a message, shortened when long. */
    static String show(String value) {
        String shown = value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value;
        return "\"" + shown + "\"";
    }
}
