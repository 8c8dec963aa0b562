package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.holidays.CompanyHoliday;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The pact's problems, refusals and field labels are translations rendered in the language of the user being served
 * (issue 16, point 14): each comes through its key, and the key is in the bundle. A German user reads them from
 * translations_de once it is there; until then the English falls through.
 */
class PactTextsTest {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStepsProblemsAreTranslationsInTheUsersLanguage() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        TargetsStep empty = new TargetsStep(null, null, null, List.of(
                new MasLine(MasMetric.CALLS, BigDecimal.valueOf(-1), Per.WEEK)), "", "");

        assertThat(empty.problems()).extracting(StepProblem::message).containsExactly(
                german("pact.rule.period-required"), german("pact.rule.revenue-required"),
                german("pact.rule.gp-required"), german("pact.rule.standard-negative"),
                german("pact.rule.plan-required"));
        assertThat(new MotivationsStep(List.of(Motivator.MONEY, Motivator.MONEY), "", "", null, "").problems())
                .extracting(StepProblem::message).first()
                .isEqualTo(german("pact.rule.motivator-twice", german("pact.motivator.MONEY")));
    }

    @Test
    void inEnglishTheyReadAsBefore() {
        assertThat(Messages.text(Locale.ROOT, "pact.rule.motivators-max", "5")).isEqualTo("Rank at most 5 motivators");
        assertThat(new ExpectationsStep("", "", List.of(), "", "").problems()).extracting(StepProblem::message)
                .containsExactly("Name the KPIs the rep is measured on", "Describe the rep's responsibilities",
                        "The manager commits to at least one thing");
        assertThat(new RoleStep("r", null, List.of("f"), List.of(new TrainingLine("Negotiation",
                LocalDate.of(2026, 12, 4), TrainingStatus.PLANNED))).fields())
                .containsEntry("Training 1", "Negotiation by 4 Dec 2026 (Planned)");
    }

    @Test
    void aRefusalCarriesTheTranslationOfItsKey() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        Instant now = Instant.parse("2026-11-18T10:00:00Z");
        PactVersion draft = new Pact(1, 2L, PactFixtures.complete().with(
                new MotivationsStep(List.of(), "", "", null, "")), now).versions().getFirst();

        assertThatThrownBy(() -> draft.propose(2, now)).isInstanceOf(RuleViolation.class)
                .hasMessage(german("pact.rule.step-incomplete", "3", german("pact.rule.motivators-required")));
        assertThatThrownBy(() -> new CompanyHoliday(null, "Boxing Day")).isInstanceOf(RuleViolation.class)
                .hasMessage(german("holidays.date.required"));

        LocaleContextHolder.resetLocaleContext();
        assertThatThrownBy(() -> draft.propose(2, now)).hasMessage(
                "Step 3 is not complete: Pick what motivates the rep, most important first");
        assertThatThrownBy(() -> new CompanyHoliday(LocalDate.of(2026, 12, 26), "x".repeat(300)))
                .hasMessage(Messages.text(Locale.ROOT, "holidays.name.too-long", String.valueOf(CompanyHoliday.MAX_NAME)))
                .hasMessageStartingWith("At most ");
    }

    @Test
    void everyKeyThePactWritesIsInTheBundle() {
        assertThat(List.of("pact.rule.step-incomplete", "pact.rule.changed-by-other-reload",
                "pact.rule.number-too-large", "pact.field.if.MISSED_WEEK", "pact.field.formula.per-week",
                "pact.formula.sourced.OWN", "pact.default.rung.missed-week", "pact.rows.move-up", "ladder.miss.pace",
                "ladder.miss.PROPOSALS", "targets.rule.changed-by-other", "commission.rule.plan-gone",
                "holidays.name.too-long", "holidays.date.taken")).allMatch(Messages::has);
    }

    private static String german(String key, Object... args) {
        return Messages.text(Locale.GERMAN, key, args);
    }
}
