package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.FiscalCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pact's period: its default, hand-over between consecutive pacts, and standards that never apply backwards. */
class PactPeriodTest {

    private static final FiscalCalendar JANUARY = new FiscalCalendar(1);
    private static final FiscalCalendar APRIL = new FiscalCalendar(4);
    private static final long REP = 7;
    private static final long MANAGER = 2;

    @Test
    void aNewPactCoversTheNextFiscalYearWhenPreparedInTheLastQuarterElseTheCurrentOne() {
        assertThat(PactPeriod.defaultFor(JANUARY, LocalDate.of(2026, 12, 4)))
                .isEqualTo(new PactPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(PactPeriod.defaultFor(JANUARY, LocalDate.of(2026, 9, 30)))
                .isEqualTo(new PactPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        // April fiscal year: January to March is its last quarter.
        assertThat(PactPeriod.defaultFor(APRIL, LocalDate.of(2027, 2, 10)))
                .isEqualTo(new PactPeriod(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)));
    }

    @Test
    void twelveMonthsFromAMonthTouchTwoFiscalYears() {
        PactPeriod period = PactPeriod.twelveMonthsFrom(LocalDate.of(2026, 7, 15));

        assertThat(period).isEqualTo(new PactPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)));
        assertThat(period.fiscalYear(JANUARY)).isEmpty();
        assertThat(period.fiscalYears(JANUARY)).containsExactly(2026, 2027);
        assertThat(PactPeriod.fiscalYear(JANUARY, 2027).fiscalYear(JANUARY)).contains(2027);
    }

    @Test
    void standardsApplyFromTheNextMondayAfterSigningNeverToTheWeekAlreadyStarted() {
        PactPeriod year = PactPeriod.fiscalYear(JANUARY, 2026);

        // Signed on Friday 4 Dec: the week of 30 Nov keeps its standards; new ones from Monday 7 Dec.
        assertThat(year.standardsFrom(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 7));
        // Signed on a Monday: that week had already started.
        assertThat(year.standardsFrom(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 7));
        // Next year's pact signed in December: from the first full week of its year (1 Jan 2027 is a Friday).
        assertThat(PactPeriod.fiscalYear(JANUARY, 2027).standardsFrom(LocalDate.of(2026, 12, 4)))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(year.standardsUntil()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(year.inForceFrom(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(PactPeriod.fiscalYear(JANUARY, 2027).inForceFrom(LocalDate.of(2026, 12, 4)))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void nextYearsPactIsSignedWhileThisYearsRunsAndTakesOverOnItsStartDate() {
        Pact pact = new Pact(REP, MANAGER, PactFixtures.complete(), Instant.parse("2026-01-10T09:00:00Z"));
        PactVersion thisYear = pact.versions().getFirst();
        sign(pact, thisYear, LocalDate.of(2026, 1, 12));

        PactPeriod nextPeriod = PactPeriod.fiscalYear(JANUARY, 2027);
        PactVersion nextYear = pact.startChange(Instant.parse("2026-12-01T09:00:00Z"), LocalDate.of(2026, 12, 1),
                nextPeriod);
        nextYear.save(nextYear.document().targets().withTargets(new BigDecimal("950000"), new BigDecimal("320000")),
                1, Instant.parse("2026-12-01T09:05:00Z"));
        sign(pact, nextYear, LocalDate.of(2026, 12, 4));

        assertThat(thisYear.getStatus()).isEqualTo(PactStatus.SIGNED);
        assertThat(nextYear.getStatus()).isEqualTo(PactStatus.SIGNED);
        assertThat(pact.inForce(LocalDate.of(2026, 12, 31))).containsSame(thisYear);
        assertThat(pact.inForce(LocalDate.of(2027, 1, 1))).containsSame(nextYear);
        assertThat(pact.latestSigned(LocalDate.of(2026, 12, 4))).containsSame(nextYear);
        assertThat(List.of(thisYear, nextYear)).filteredOn(version -> version.inForceOn(LocalDate.of(2026, 12, 31)))
                .hasSize(1);
    }

    @Test
    void aChangeMidPeriodReplacesTheSignedVersionFromItsCountersignatureOnly() {
        Pact pact = new Pact(REP, MANAGER, PactFixtures.complete(), Instant.parse("2026-01-10T09:00:00Z"));
        PactVersion first = pact.versions().getFirst();
        sign(pact, first, LocalDate.of(2026, 1, 12));
        PactVersion second = pact.startChange(Instant.parse("2026-07-01T09:00:00Z"), LocalDate.of(2026, 7, 1),
                PactFixtures.FISCAL_2026);
        sign(pact, second, LocalDate.of(2026, 7, 2));

        assertThat(first.getStatus()).isEqualTo(PactStatus.SUPERSEDED);
        assertThat(first.getValidUntil()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(second.getValidFrom()).isEqualTo(LocalDate.of(2026, 7, 2));
        // The week in which v2 was signed (Thursday 2 Jul) keeps v1's standards to its end.
        assertThat(second.getStandardsFrom()).isEqualTo(LocalDate.of(2026, 7, 6));
        assertThat(pact.inForce(LocalDate.of(2026, 7, 1))).containsSame(first);
        assertThat(pact.inForce(LocalDate.of(2026, 7, 2))).containsSame(second);
        // Replaced mid-month, still one pact: the ladder counts from the first version's start.
        assertThat(pact.governedSince(LocalDate.of(2026, 7, 20))).contains(LocalDate.of(2026, 1, 12));
    }

    @Test
    void aGapWithoutAPactStartsTheLadderAfresh() {
        Pact pact = new Pact(REP, MANAGER, PactFixtures.complete(), Instant.parse("2026-01-10T09:00:00Z"));
        sign(pact, pact.versions().getFirst(), LocalDate.of(2026, 1, 12));
        PactVersion nextYear = pact.startChange(Instant.parse("2027-01-20T09:00:00Z"), LocalDate.of(2027, 1, 20),
                PactPeriod.fiscalYear(JANUARY, 2027));
        sign(pact, nextYear, LocalDate.of(2027, 1, 20));

        assertThat(pact.governedSince(LocalDate.of(2027, 1, 5))).as("no pact from 1 to 19 Jan").isEmpty();
        assertThat(pact.governedSince(LocalDate.of(2027, 2, 1))).contains(LocalDate.of(2027, 1, 20));
        assertThat(pact.governedSince(LocalDate.of(2026, 12, 31))).contains(LocalDate.of(2026, 1, 12));
    }

    private static void sign(Pact pact, PactVersion version, LocalDate day) {
        Instant at = day.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        version.propose(MANAGER, at);
        version.signAsRep(REP, at);
        pact.countersign(version, MANAGER, at, day);
    }
}
