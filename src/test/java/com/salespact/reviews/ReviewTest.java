package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Pace;
import com.salespact.base.RuleViolation;
import com.salespact.deals.Stage;
import com.salespact.holidays.WorkingDays;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.Per;
import com.salespact.pact.query.CommitmentActual;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final long REP = 7;
    private static final long MANAGER = 2;

    private static Review oneOnOne(LocalDate day) {
        return new Review(ReviewKind.WEEKLY_ONE_ON_ONE, REP, MANAGER, day, ReviewPeriods.weekUnderReview(day), TODAY,
                NOW);
    }

    static ReviewFacts facts() {
        DateRange quarter = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        return new ReviewFacts(ReviewFacts.FORMAT, TODAY, NOW, NOW.minusSeconds(7 * 86_400),
                ReviewPeriods.weekUnderReview(FRIDAY),
                new ReviewFacts.PeriodSales("Q4 FY2026", quarter, new BigDecimal("120000.00"),
                        new BigDecimal("250000.00"), new BigDecimal("150000.00"), new BigDecimal("36000.00"),
                        new BigDecimal("75000.00")),
                List.of(new ReviewFacts.ScoreFact("CALLS", 31, 40, Pace.BEHIND)),
                List.of(new PipelineChange(12, "Brightforge – Sensors", new BigDecimal("45000.00"),
                        PipelineChange.Kind.WON, null, Stage.NEGOTIATION, Stage.WON, null, FRIDAY, 0)),
                List.of(new ReviewFacts.OpenDeal(13, Stage.PROPOSAL, LocalDate.of(2026, 12, 5),
                        new BigDecimal("20000.00"))),
                List.of(new ReviewFacts.ActionFact(3, "Call the CFO", "Ravi Patel", FRIDAY, false, false)), null,
                List.of(new CommitmentActual(CommitmentKind.ONE_ON_ONE, "Weekly 1:1", BigDecimal.ONE, Per.WEEK,
                        new BigDecimal("1.0"), new BigDecimal("0.6"), BigDecimal.ZERO)));
    }

    @Test
    void isScheduledTodayOrLater() {
        assertThatThrownBy(() -> oneOnOne(TODAY.minusDays(1))).isInstanceOf(RuleViolation.class)
                .hasMessage("Schedule it for today or later")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("date"));
        assertThat(oneOnOne(TODAY).getStatus()).isEqualTo(ReviewStatus.SCHEDULED);
    }

    @Test
    void onlyAManagerKeepsAnAgendaItemPrivate() {
        Review review = oneOnOne(FRIDAY);
        assertThatThrownBy(() -> review.newAgendaItem(REP, false, "My bonus", true, 1))
                .isInstanceOf(RuleViolation.class).hasMessage("Only managers can add private items");
        assertThat(review.newAgendaItem(REP, false, "  Pricing for Brightforge ", false, 1).getText())
                .isEqualTo("Pricing for Brightforge");
        assertThat(review.newAgendaItem(MANAGER, true, "Attitude in team meetings", true, 2).isPrivateItem()).isTrue();
        assertThatThrownBy(() -> review.newAgendaItem(REP, false, " ", false, 3)).isInstanceOf(RuleViolation.class)
                .hasMessage("Say what you want to talk about");
    }

    @Test
    void holdingFreezesTheFactsAndClosesTheAgenda() {
        Review review = oneOnOne(FRIDAY);
        Instant friday = Instant.parse("2026-11-20T09:30:00Z");
        review.hold(facts(), friday, ZoneOffset.UTC);

        assertThat(review.getStatus()).isEqualTo(ReviewStatus.HELD);
        assertThat(review.snapshot()).isEqualTo(facts());
        assertThat(review.heldOnTime()).isTrue();
        assertThatThrownBy(() -> review.newAgendaItem(MANAGER, true, "Late point", false, 1))
                .isInstanceOf(RuleViolation.class).hasMessage("This review was held; add it to the next one");
        assertThatThrownBy(() -> review.hold(facts(), friday, ZoneOffset.UTC)).isInstanceOf(RuleViolation.class);
        review.writeSharedNotes("Follow-up written after the meeting");
        assertThat(review.getSharedNotes()).isEqualTo("Follow-up written after the meeting");
    }

    @Test
    void heldAfterTheScheduledDayIsNotOnTime() {
        Review review = oneOnOne(FRIDAY);
        review.hold(facts(), Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);
        assertThat(review.heldOnTime()).isFalse();
    }

    @Test
    void remindersGoOutOnceOnTheirDay() {
        Review review = oneOnOne(FRIDAY);
        assertThat(review.remindRep(TODAY.minusDays(1), NOW)).isFalse();
        assertThat(review.remindRep(TODAY, NOW)).isTrue();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.PREPARED);
        assertThat(review.remindRep(TODAY, NOW)).as("idempotent").isFalse();
        assertThat(review.remindManager(TODAY, NOW)).as("the manager hears a day later").isFalse();
        assertThat(review.remindManager(TODAY.plusDays(1), NOW)).isTrue();
        assertThat(review.remindManager(TODAY.plusDays(1), NOW)).isFalse();

        review.reschedule(LocalDate.of(2026, 11, 27), ReviewPeriods.weekUnderReview(LocalDate.of(2026, 11, 27)), TODAY);
        assertThat(review.getRepRemindedAt()).as("moved: reminded again").isNull();
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.SCHEDULED);
    }

    @Test
    void reasonsBelongToOneOnOnesAndQuarterlyReviewsAndOtherNeedsWords() {
        ReviewReason week = oneOnOne(FRIDAY).newReason("W47", null, ReasonCode.BIG_WIN, "Brightforge signed");
        assertThat(week.getDirection()).as("a 1:1 records why its week was up").isEqualTo(ReasonCode.Direction.UP);
        Review pipeline = new Review(ReviewKind.PIPELINE, REP, MANAGER, FRIDAY, ReviewPeriods.weekUnderReview(FRIDAY),
                TODAY, NOW);
        assertThatThrownBy(() -> pipeline.newReason("W47", null, ReasonCode.BIG_WIN, null))
                .isInstanceOf(RuleViolation.class);
        Review held = oneOnOne(FRIDAY);
        held.hold(facts(), NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> held.newReason("W47", null, ReasonCode.BIG_WIN, null))
                .as("closed once held").isInstanceOf(RuleViolation.class);
        Review quarterly = new Review(ReviewKind.QUARTERLY_PLAN, REP, MANAGER, FRIDAY,
                new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), TODAY, NOW);
        ReviewReason reason = quarterly.newReason("Oct 2026", null, ReasonCode.DEAL_SLIPPED, "Aldercrest moved to Q1");
        assertThat(reason.getDirection()).as("the code's usual direction").isEqualTo(ReasonCode.Direction.DOWN);
        assertThatThrownBy(() -> quarterly.newReason("W45", ReasonCode.Direction.UP, ReasonCode.OTHER, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("Say what the other reason is");
    }

    @Test
    void anOpenReviewOnANewHolidayMovesToTheNextWorkingDay() {
        Review review = oneOnOne(FRIDAY);
        review.remindRep(TODAY, NOW);
        FiscalCalendar calendar = new FiscalCalendar(1);
        assertThat(review.moveToWorkingDay(WorkingDays.WEEKDAYS, calendar, TODAY)).as("Friday is a working day")
                .isFalse();
        assertThat(review.moveToWorkingDay(new WorkingDays(Set.of(FRIDAY)), calendar, TODAY)).isTrue();
        assertThat(review.getScheduledFor()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(review.period()).as("a Monday 1:1 reviews the week before")
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(review.getRepRemindedAt()).as("reminded again for the new day").isNull();
        review.hold(facts(), NOW, ZoneOffset.UTC);
        assertThat(review.moveToWorkingDay(new WorkingDays(Set.of(LocalDate.of(2026, 11, 23))), calendar, TODAY))
                .as("a held review stays where it was").isFalse();
    }

    @Test
    void aQuarterlyReviewStartsFromTheLastPlan() {
        Review last = new Review(ReviewKind.QUARTERLY_PLAN, REP, MANAGER, TODAY,
                new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), TODAY, NOW);
        last.writePlan("Two new logos a month; weekly pipeline clean-up on Mondays");
        Review next = new Review(ReviewKind.QUARTERLY_PLAN, REP, MANAGER, FRIDAY,
                new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), TODAY, NOW);
        next.startFrom(last);
        assertThat(next.getPlanText()).isEqualTo(last.getPlanText());
    }

    @Test
    void factsSurviveTheirJsonAndUnknownFieldsAreIgnored() {
        String json = FactsJson.write(facts());
        assertThat(FactsJson.read(json)).isEqualTo(facts());
        assertThat(FactsJson.read(json).commitments()).as("the manager's commitments are frozen too")
                .singleElement().satisfies(c -> assertThat(c.pace()).isEqualTo(Pace.AT_RISK));
        assertThat(FactsJson.read(json.replaceFirst(",\"commitments\":\\[.*?\\]}$", "}")).commitments())
                .as("a snapshot from before commitments reads as none").isEmpty();
        assertThat(facts().reasonPeriods()).as("a 1:1 explains its week").containsExactly("W47");
        assertThat(json).doesNotContain("attainment").contains("\"asOf\":\"2026-11-18\"");
        assertThat(FactsJson.read(json.replaceFirst("\\{", "{\"addedLater\":1,"))).isEqualTo(facts());
        assertThat(facts().wonSinceBaseline()).isEqualByComparingTo("45000");
        assertThat(facts().quarter().attainment()).isEqualByComparingTo("0.8");
        assertThat(facts().quarter().pace()).isEqualTo(Pace.AT_RISK);
    }
}
