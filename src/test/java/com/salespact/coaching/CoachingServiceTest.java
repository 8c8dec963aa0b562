package com.salespact.coaching;

import com.salespact.coaching.query.CoachingHoursQuery;
import static com.salespact.feedback.FeedbackTestData.TEST_TOPIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.base.RuleViolation;
import com.salespact.feedback.FeedbackTestData;
import com.salespact.pact.TrainingStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Coaching sessions, hours per month, development notes and training items through the services. */
@SpringBootTest
@ActiveProfiles("test")
class CoachingServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final DateRange LAST_3_MONTHS = new DateRange(LocalDate.of(2026, 9, 1), TODAY);

    @Autowired UserDetailsService users;
    @Autowired CoachingService coaching;
    @Autowired CoachingHoursQuery hours;
    @Autowired TrainingService training;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;
    private long rep;
    private long lkim;

    @BeforeEach
    void ids() {
        kept = FeedbackTestData.keepTestRows(new KeptRows(jdbc));
        rep = company.personId("rep");
        lkim = company.personId("lkim");
    }

    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        kept.restore();
    }

    private void as(String username) {
        TestSupport.signIn(users, username);
    }

    @Test
    void aManagerLogsSessionsAndTheHoursAddUpPerMonthInTheDatabase() {
        as("manager");
        BigDecimal novemberBefore = november(hours.monthly(rep, LAST_3_MONTHS));
        coaching.logSession(rep, TODAY, new BigDecimal("1.5"), TEST_TOPIC + "Discovery questions");
        coaching.logSession(rep, TODAY.minusDays(2), new BigDecimal("0.75"), TEST_TOPIC + "Pipeline hygiene");

        List<CoachingHours> monthly = hours.monthly(rep, LAST_3_MONTHS);
        assertThat(november(monthly)).isEqualByComparingTo(novemberBefore.add(new BigDecimal("2.25")));
        BigDecimal independent = company.coachingHoursOf(rep, LAST_3_MONTHS.start(), TODAY);
        assertThat(monthly.stream().map(CoachingHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(independent);
        assertThat(hours.monthly(LAST_3_MONTHS)).extracting(CoachingHours::repName)
                .contains("Ravi Patel").doesNotContain("Marco Bianchi");
        assertThat(coaching.sessions(rep)).first().satisfies(session -> {
            assertThat(session.topic()).isEqualTo(TEST_TOPIC + "Discovery questions");
            assertThat(session.managerName()).isEqualTo("Maria Novak");
        });
        assertThatThrownBy(() -> coaching.logSession(rep, TODAY, new BigDecimal("9"), TEST_TOPIC + "x"))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("hours");
    }

    private static BigDecimal november(List<CoachingHours> monthly) {
        return monthly.stream().filter(h -> h.month().equals(YearMonth.of(2026, 11))).map(CoachingHours::hours)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    @Test
    void aRepCannotReadAnotherRepsCoachingNotesOrTraining() {
        as("manager");
        coaching.logSession(rep, TODAY, BigDecimal.ONE, TEST_TOPIC + "Objections");
        coaching.addNote(rep, TODAY, "Negotiation", "Key account manager", "Wants bigger accounts");
        long item = training.add(rep, "Negotiation workshop", TODAY.plusMonths(1));

        as("lkim");
        assertThatThrownBy(() -> coaching.sessions(rep)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.notes(rep)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.items(rep)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> training.move(item, TrainingStatus.DONE, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> hours.monthly(rep, LAST_3_MONTHS)).isInstanceOf(AccessDeniedException.class);
        assertThat(hours.monthly(LAST_3_MONTHS)).allSatisfy(h -> assertThat(h.repId()).isEqualTo(lkim));
        assertThatThrownBy(() -> coaching.logSession(lkim, TODAY, BigDecimal.ONE, TEST_TOPIC + "Self"))
                .as("reps do not log coaching").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.addNote(lkim, TODAY, "x", null, null))
                .isInstanceOf(AccessDeniedException.class);

        as("sofia");
        assertThatThrownBy(() -> coaching.notes(rep)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> coaching.logSession(rep, TODAY, BigDecimal.ONE, TEST_TOPIC + "x"))
                .isInstanceOf(AccessDeniedException.class);

        as("rep");
        assertThat(coaching.sessions(rep)).extracting(CoachingSessionLine::topic).contains(TEST_TOPIC + "Objections");
        assertThat(coaching.notes(rep)).first().satisfies(note -> {
            assertThat(note.skills()).isEqualTo("Negotiation");
            assertThat(note.aspirations()).isEqualTo("Key account manager");
            assertThat(note.authorName()).isEqualTo("Maria Novak");
        });
    }

    @Test
    void aRepRecordsProgressAndAStaleUpdateIsRefused() {
        as("manager");
        long id = training.add(rep, "Value selling course", TODAY.plusDays(20));
        as("rep");
        TrainingItemLine item = training.items(rep).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
        assertThat(item.source()).isEqualTo(TrainingSource.REVIEW);
        TrainingItemLine started = training.move(id, TrainingStatus.IN_PROGRESS, item.version());
        assertThat(started.status()).isEqualTo(TrainingStatus.IN_PROGRESS);
        assertThatThrownBy(() -> training.move(id, TrainingStatus.DONE, item.version()))
                .isInstanceOf(com.salespact.base.ConcurrentEditException.class);
        TrainingItemLine done = training.move(id, TrainingStatus.DONE, started.version());
        assertThat(done.completedAt()).isEqualTo(FeedbackTestData.NOW);
        assertThatThrownBy(() -> training.add(rep, "Self-made", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePactsPlanReplacesItsItemsAndKeepsProgress() {
        as("manager");
        training.replacePactPlan(lkim, List.of(new TrainingPlanLine("Pact negotiation workshop", TODAY.plusMonths(1)),
                new TrainingPlanLine("Pact territory planning", TODAY.plusMonths(2))));
        long review = training.add(lkim, "Forecast accuracy", null); // from a review: untouched
        TrainingItemLine negotiation = training.items(lkim).stream()
                .filter(i -> i.source() == TrainingSource.PACT && i.title().equals("Pact negotiation workshop"))
                .findFirst().orElseThrow();
        training.move(negotiation.id(), TrainingStatus.IN_PROGRESS, negotiation.version());

        training.replacePactPlan(lkim, List.of(new TrainingPlanLine("Pact Negotiation Workshop", TODAY.plusMonths(3)),
                new TrainingPlanLine("Pact social selling", null)));

        List<TrainingItemLine> items = training.items(lkim).stream()
                .filter(i -> i.source() == TrainingSource.PACT || i.id() == review).toList();
        assertThat(items).extracting(TrainingItemLine::title)
                .containsExactlyInAnyOrder("Pact negotiation workshop", "Pact social selling", "Forecast accuracy");
        assertThat(items).filteredOn(i -> i.title().equals("Pact negotiation workshop")).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(TrainingStatus.IN_PROGRESS);
                    assertThat(i.dueDate()).isEqualTo(TODAY.plusMonths(3));
                });
    }
}
