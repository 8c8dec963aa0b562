package com.salespact.commission;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Formats;
import com.salespact.base.PeriodKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatementPeriodTest {

    private static final FiscalCalendar APRIL = new FiscalCalendar(4);

    @Test
    void tokensRoundTripAndNameFiscalPeriods() {
        StatementPeriod quarter = StatementPeriod.parse("2026-Q4").orElseThrow();
        assertThat(quarter).isEqualTo(new StatementPeriod(PeriodKind.QUARTER, 2026, 4));
        assertThat(quarter.range(APRIL)).isEqualTo(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(StatementPeriod.parse("2026-M11").orElseThrow().range(APRIL))
                .isEqualTo(new DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
        assertThat(StatementPeriod.parse("2026").orElseThrow().range(APRIL))
                .isEqualTo(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        for (String token : new String[] {"2026-Q1", "2026-M3", "2026"}) {
            assertThat(StatementPeriod.parse(token).orElseThrow().token()).isEqualTo(token);
        }
    }

    @Test
    void nonsenseIsNoPeriod() {
        for (String token : new String[] {null, "", "Q4", "2026-Q5", "2026-M13", "2026-M0", "1999-Q1", "2026-W3"}) {
            assertThat(StatementPeriod.parse(token)).as(token).isEmpty();
        }
    }

    @Test
    void stepsCrossFiscalYears() {
        assertThat(new StatementPeriod(PeriodKind.QUARTER, 2026, 1).plus(-1))
                .isEqualTo(new StatementPeriod(PeriodKind.QUARTER, 2025, 4));
        assertThat(new StatementPeriod(PeriodKind.MONTH, 2026, 12).plus(1))
                .isEqualTo(new StatementPeriod(PeriodKind.MONTH, 2027, 1));
        assertThat(new StatementPeriod(PeriodKind.YEAR, 2026, 0).plus(-2))
                .isEqualTo(new StatementPeriod(PeriodKind.YEAR, 2024, 0));
    }

    @Test
    void thePeriodContainingADay() {
        LocalDate day = LocalDate.of(2026, 11, 18);
        FiscalCalendar january = new FiscalCalendar(1);
        assertThat(StatementPeriod.containing(PeriodKind.QUARTER, january, day).token()).isEqualTo("2026-Q4");
        assertThat(StatementPeriod.containing(PeriodKind.MONTH, january, day).token()).isEqualTo("2026-M11");
        assertThat(StatementPeriod.containing(PeriodKind.QUARTER, APRIL, day).token()).isEqualTo("2026-Q3");
        assertThat(StatementPeriod.containing(PeriodKind.YEAR, APRIL, LocalDate.of(2027, 2, 1)).token())
                .isEqualTo("2026");
    }

    @Test
    void amountsAndRatesAreWrittenAsPeopleReadThem() {
        CommissionFormat eur = CommissionFormat.of("EUR");
        assertThat(eur.money(new BigDecimal("12000"))).isEqualTo("€12,000");
        assertThat(eur.money(new BigDecimal("12000.5"))).isEqualTo("€12,000.50");
        assertThat(eur.cents(new BigDecimal("360"))).isEqualTo("€360.00");
        assertThat(eur.cents(new BigDecimal("-200"))).isEqualTo("−€200.00");
        assertThat(eur.rate(new BigDecimal("0.03"))).isEqualTo("3.0 %");
        assertThat(eur.rate(new BigDecimal("0.0325"))).isEqualTo("3.25 %");
        assertThat(eur.rate(new BigDecimal("0.0450"))).isEqualTo("4.5 %");
        assertThat(eur.threshold(new BigDecimal("1.0000"))).isEqualTo("100 %");
        assertThat(eur.threshold(new BigDecimal("1.25"))).isEqualTo("125 %");
        assertThat(eur.multiplier(new BigDecimal("1.5000"))).isEqualTo("1.5×");
        assertThat(eur.multiplier(new BigDecimal("2"))).isEqualTo("2×");
    }

    @Test
    void aGermanReaderGetsGermanNumbers() {
        CommissionFormat german = CommissionFormat.of(Formats.of(Locale.GERMANY, "EUR"));
        assertThat(german.money(new BigDecimal("12000"))).isEqualTo("12.000\u00a0€");
        assertThat(german.cents(new BigDecimal("-200"))).isEqualTo("−200,00\u00a0€");
        assertThat(german.rate(new BigDecimal("0.0325"))).isEqualTo("3,25 %");
        assertThat(german.multiplier(new BigDecimal("1.5"))).isEqualTo("1,5×");
        assertThat(german.date(LocalDate.of(2026, 12, 4))).isEqualTo("4. Dez. 2026");
    }
}
