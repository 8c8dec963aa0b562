package com.salespact.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One format per kind of value, in the reader's locale and the company's currency (issue 16, point 1). */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final LocalDateTime MOMENT = DAY.atTime(14, 59);
    private static final BigDecimal AMOUNT = new BigDecimal("119968.40");

    @Test
    void londonReadsDayMonthYearAndTheEuroInFront() {
        Formats london = Formats.of(Locale.UK, "EUR");

        assertThat(london.date(DAY)).isEqualTo("4 Dec 2026");
        assertThat(london.dayMonth(DAY)).isEqualTo("4 Dec");
        assertThat(london.weekdayDate(DAY)).isEqualTo("Fri, 4 Dec 2026");
        assertThat(london.longDate(DAY)).isEqualTo("4 December 2026");
        assertThat(london.month(YearMonth.from(DAY))).isEqualTo("December 2026");
        assertThat(london.dateTime(MOMENT)).isEqualTo("4 Dec 2026, 14:59");
        assertThat(london.money(AMOUNT)).isEqualTo("€119,968");
        assertThat(london.moneyExact(new BigDecimal("360"))).isEqualTo("€360.00");
        assertThat(london.compactMoney(new BigDecimal("240000"))).isEqualTo("€240K");
        assertThat(london.number(new BigDecimal("0.82934"), 2)).isEqualTo("0.83");
        assertThat(london.count(13587)).isEqualTo("13,587");
    }

    @Test
    void berlinAndNewYorkReadTheSameValuesTheirOwnWay() {
        Formats berlin = Formats.of(Locale.GERMANY, "EUR");
        Formats newYork = Formats.of(Locale.US, "EUR");

        assertThat(berlin.date(DAY)).isEqualTo("4. Dez. 2026");
        assertThat(berlin.money(AMOUNT)).isEqualTo("119.968\u00a0€");
        assertThat(berlin.time(MOMENT)).isEqualTo("14:59");
        assertThat(newYork.date(DAY)).isEqualTo("Dec 4, 2026");
        assertThat(newYork.time(MOMENT)).isEqualTo("2:59\u202fPM");
        assertThat(newYork.money(AMOUNT)).isEqualTo("€119,968");
        assertThat(berlin.times(new BigDecimal("0.5"))).isEqualTo("0,5×");
        assertThat(newYork.times(new BigDecimal("2.0"))).isEqualTo("2×");
        assertThat(newYork.times(null)).isEqualTo("—");
    }

    @Test
    void aBareLanguageTheCompanySharesReadsAsTheCompanysLocale() {
        CompanySettings company = new CompanySettings("X", "EUR", 1, "en-GB");

        assertThat(company.formatsFor(Locale.ENGLISH).date(DAY)).isEqualTo("4 Dec 2026");
        assertThat(company.formatsFor(Locale.US).date(DAY)).isEqualTo("Dec 4, 2026");
        assertThat(company.formatsFor(Locale.GERMAN).date(DAY)).isEqualTo("4. Dez. 2026");
        assertThat(company.formatsFor(null).date(DAY)).isEqualTo("4 Dec 2026");
    }
}
