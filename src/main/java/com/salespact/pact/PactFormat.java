package com.salespact.pact;

import java.math.BigDecimal;
import java.util.Locale;

/** How pact values read in diffs, the review page and the printout. */
final class PactFormat {

    private PactFormat() {
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String money(BigDecimal value) {
        return value == null ? "" : String.format(Locale.ENGLISH, "%,.0f", value);
    }

    static String date(java.time.LocalDate day) {
        return day == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(day);
    }

    static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String standard(MasLine line) {
        if (line.metric() == MasMetric.PIPELINE_COVERAGE) {
            return number(line.minimum()) + "× the remaining quarter target";
        }
        return number(line.minimum()) + " " + per(line.per());
    }

    static String per(Per per) {
        return per == null ? "" : "per " + per.name().toLowerCase(Locale.ROOT);
    }
}
