package com.salespact.pact;

import com.salespact.base.CompanySettings;
import com.salespact.base.Formats;
import com.salespact.base.Messages;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * How pact values read in diffs, the review page and the printout: through {@link Formats} for the user being served
 * (the company's default locale outside a request), labels from the translations.
 */
final class PactFormat {

    /** The defaults of the company settings: the pact's records have no bean at hand, only the user's language. */
    private static final CompanySettings DEFAULTS = new CompanySettings(null, null, 0, null);

    private PactFormat() {
    }

    /** The formats of the user being served (the company's currency is added by {@link PactReading}). */
    static Formats formats() {
        return DEFAULTS.userFormats();
    }

    /** A number as typed, with the locale's grouping and decimal mark: "2", "1.5", "1,000". */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return formats().number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** A whole amount without currency symbol: "900,000". */
    static String money(BigDecimal value) {
        return value == null ? "" : formats().number(value, 0);
    }

    static String date(java.time.LocalDate day) {
        return day == null ? "" : formats().date(day);
    }

    static String dateRange(PactPeriod period) {
        return period == null ? "" : formats().dateRange(period.start(), period.end());
    }

    /** An agreed choice in the words the wizard shows it with (its translation); other values from their name. */
    static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String prefix = switch (value) {
            case MasMetric ignored -> "pact.metric.";
            case CommitmentKind ignored -> "pact.commitment.";
            case Motivator ignored -> "pact.motivator.";
            case GoalFlexibility ignored -> "pact.flexibility.";
            case LadderTrigger ignored -> "pact.trigger.";
            case TrainingStatus ignored -> "pact.training.";
            default -> null;
        };
        if (prefix != null) {
            return Messages.text(prefix + value.name());
        }
        String lower = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String standard(MasLine line) {
        if (line.metric() == MasMetric.PIPELINE_COVERAGE) {
            return Messages.text("pact.format.coverage", number(line.minimum()));
        }
        return Messages.text("pact.format.standard", number(line.minimum()), per(line.per()));
    }

    static String per(Per per) {
        return per == null ? "" : Messages.text("pact.per." + per.name());
    }

    /** A rate as a percentage: "25 %". */
    static String percent(BigDecimal value) {
        return Messages.text("pact.format.percent", number(value));
    }
}
