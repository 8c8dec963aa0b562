package com.salespact.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The rule texts of deals, accounts, activities, people, security and the dashboard come from the translations
 * (issue 16, point 14): a refusal reads the key in the language of the user being served, with numbers formatted for
 * that user, and every key the code names exists in the English bundle.
 */
class DealRuleTextsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final List<String> PACKAGES = List.of("deals", "activities", "people", "security", "dashboard");
    /** A key in {@code RuleViolation.at(field, "key"}, {@code RuleViolation.of("key"}, {@code Messages.text("key"}. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:RuleViolation\\.at\\([^,]+,\\s*|RuleViolation\\.of\\(|Messages\\.text\\(|CsvTexts\\.text\\(|getTranslation\\()\"([a-z][\\w.-]*\\w)\"");

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRuleViolationIsTheTranslationOfItsKeyInTheUsersLanguage() {
        RuleViolation english = refusedClosedDateOnOpenDeal();
        assertThat(english.field()).isEqualTo("closedOn");
        assertThat(english.getMessage()).isEqualTo(Messages.text(Locale.ROOT, "deals.rule.closed-on-open-deal"))
                .isEqualTo("Only a won or lost deal has a closed date");

        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(refusedClosedDateOnOpenDeal().getMessage())
                .as("rendered in the user's language (English until translations_de has the key)")
                .isEqualTo(Messages.text(Locale.GERMAN, "deals.rule.closed-on-open-deal"));
    }

    @Test
    void numbersInARuleTextAreFormattedForTheUser() {
        AccountPlanDraft draft = new AccountPlanDraft();
        draft.setObjectives("x".repeat(AccountPlan.OBJECTIVES_MAX + 1));
        draft.setReviewDate(TODAY.plusMonths(3));
        CompanySettings company = new CompanySettings(null, "EUR", 1, "en-GB");

        RuleViolation english = catchThrowableOfType(RuleViolation.class,
                () -> new AccountPlan(1L).update(draft, TODAY, company.userFormats()));
        assertThat(english.getMessage()).isEqualTo("Keep this to 4,000 characters (now 4,001)");

        LocaleContextHolder.setLocale(Locale.GERMAN);
        RuleViolation german = catchThrowableOfType(RuleViolation.class,
                () -> new AccountPlan(1L).update(draft, TODAY, company.userFormats()));
        assertThat(german.getMessage())
                .isEqualTo(Messages.text(Locale.GERMAN, "accounts.plan.rule.too-long", "4.000", "4.001"));
    }

    @Test
    void everyKeyTheseFeaturesNameIsInTheTranslations() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String feature : PACKAGES) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/salespact", feature))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher use = KEY_USE.matcher(Files.readString(file));
                    while (use.find()) {
                        if (!Messages.has(use.group(1))) {
                            missing.add(file.getFileName() + ": " + use.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys named in the code but missing in translations.properties").isEmpty();
    }

    private static RuleViolation refusedClosedDateOnOpenDeal() {
        return catchThrowableOfType(RuleViolation.class,
                () -> Deal.checkBusinessDates(TODAY.minusDays(10), TODAY, Stage.PROSPECT, TODAY));
    }
}
