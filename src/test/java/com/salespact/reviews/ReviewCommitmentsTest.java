package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.query.CommitmentActual;
import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * Two-sided accountability on the seeded H2 database: a review carries the manager's commitments of the pact in
 * force measured over the review's own period, frozen when it is held; a 1:1 records why its week was up or down;
 * "My commitments across my team" is scoped to the manager's team and refused to a rep. The reviews a test
 * schedules or holds and the coaching it logs are put back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewCommitmentsTest {

    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired TeamCommitmentsService teamCommitments;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;

    @BeforeEach
    void keepCoaching() {
        kept = new KeptRows(jdbc).addedTo("coaching_session");
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
        kept.restore();
    }

    private static CommitmentActual of(List<CommitmentActual> commitments, CommitmentKind kind) {
        return commitments.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aOneOnOneMeasuresTheManagersCommitmentsOverItsWeekAndFreezesThemWhenHeld() {
        long rep = kept.reviewsOf(company.personId("lmoreau"));
        TestSupport.signIn(users, "sofia");
        ReviewRow next = reviews.nextOneOnOne(rep);
        ReviewDetails open = reviews.open(next.id()).orElseThrow();
        DateRange week = open.period();
        assertThat(week).isEqualTo(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));

        List<CommitmentActual> live = open.facts().commitments();
        assertThat(live).extracting(CommitmentActual::kind).containsExactly(CommitmentKind.ONE_ON_ONE,
                CommitmentKind.COACHING_HOURS, CommitmentKind.DEAL_SUPPORT_HOURS);
        CommitmentActual oneOnOnes = of(live, CommitmentKind.ONE_ON_ONE);
        assertThat(oneOnOnes.monthTarget()).as("one a week: one this week").isEqualByComparingTo("1");
        assertThat(oneOnOnes.dueByNow()).as("Wednesday: 3 of 5 working days").isEqualByComparingTo("0.6");
        assertThat(oneOnOnes.actual()).isEqualByComparingTo(BigDecimal.valueOf(
                company.heldOneOnOnesOf(rep, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18))));
        assertThat(oneOnOnes.pace()).as("none held yet this week").isEqualTo(Pace.AT_RISK);
        CommitmentActual coaching = of(live, CommitmentKind.COACHING_HOURS);
        assertThat(coaching.monthTarget()).as("2 a month, this week's share of November's 21 working days")
                .isEqualByComparingTo("0.5");
        assertThat(coaching.actual()).isEqualByComparingTo(
                company.coachingHoursOf(rep, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 18)));
        assertThat(of(live, CommitmentKind.DEAL_SUPPORT_HOURS).measured()).isFalse();

        reviews.markHeld(next.id());
        long sofia = company.personId("sofia");
        jdbc.update("insert into coaching_session (rep_id, manager_id, held_on, hours, topic) values (?, ?, ?, 3, ?)",
                rep, sofia, LocalDate.of(2026, 11, 18), "Negotiation role-play");
        List<CommitmentActual> frozen = reviews.open(next.id()).orElseThrow().facts().commitments();
        assertThat(of(frozen, CommitmentKind.ONE_ON_ONE).actual()).as("this 1:1 keeps the week's promise")
                .isEqualByComparingTo(oneOnOnes.actual().add(BigDecimal.ONE));
        assertThat(of(frozen, CommitmentKind.ONE_ON_ONE).pace()).isEqualTo(Pace.ON_TRACK);
        assertThat(of(frozen, CommitmentKind.COACHING_HOURS).actual()).as("frozen: later coaching is not in it")
                .isEqualByComparingTo(coaching.actual());
        assertThat(company.review(next.id()).factsSnapshot()).contains("\"commitments\"", "Weekly 1:1");
    }

    @Test
    void aQuarterlyReviewMeasuresThemOverItsQuarterAndARepWithoutAPactHasNone() {
        long rep = kept.reviewsOf(company.personId("lmoreau"));
        TestSupport.signIn(users, "sofia");
        ReviewRow quarterly = reviews.upcoming(rep).stream().filter(row -> row.kind() == ReviewKind.QUARTERLY_PLAN)
                .findFirst().orElseThrow();
        ReviewDetails details = reviews.open(quarterly.id()).orElseThrow();
        assertThat(details.period()).isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        List<CommitmentActual> commitments = details.facts().commitments();
        assertThat(of(commitments, CommitmentKind.ONE_ON_ONE).monthTarget()).as("66 working days = 13.2 weeks")
                .isEqualByComparingTo("13.2");
        assertThat(of(commitments, CommitmentKind.COACHING_HOURS).monthTarget()).as("2 a month for 3 months")
                .isEqualByComparingTo("6");
        assertThat(of(commitments, CommitmentKind.COACHING_HOURS).actual()).isEqualByComparingTo(
                company.coachingHoursOf(rep, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 18)));

        long noPact = kept.reviewsOf(company.personId("nhaddad"));
        ReviewRow draftOnly = reviews.nextOneOnOne(noPact);
        assertThat(reviews.open(draftOnly.id()).orElseThrow().facts().commitments())
                .as("a draft pact promises nothing yet").isEmpty();
    }

    @Test
    void aOneOnOneRecordsWhyTheWeekWasUpOrDown() {
        long rep = kept.reviewsOf(company.personId("asouza"));
        TestSupport.signIn(users, "sofia");
        ReviewRow next = reviews.nextOneOnOne(rep);
        ReviewDetails.ReasonLine reason = reviews.addReason(next.id(), "W47", null, ReasonCode.ACTIVITY_BELOW_STANDARD,
                "Two days at the trade fair");
        assertThat(reason.direction()).isEqualTo(ReasonCode.Direction.DOWN);
        assertThat(reviews.open(next.id()).orElseThrow().reasons()).extracting(ReviewDetails.ReasonLine::code)
                .contains(ReasonCode.ACTIVITY_BELOW_STANDARD);
        reviews.removeReason(reason.id());
        assertThat(reviews.open(next.id()).orElseThrow().reasons()).isEmpty();
    }

    @Test
    void myCommitmentsAcrossMyTeamIsScopedAndRefusedToARep() {
        TestSupport.signIn(users, "sofia");
        TeamCommitments south = teamCommitments.thisMonth();
        assertThat(south.reps()).extracting(TeamCommitments.Rep::repName).containsExactlyInAnyOrderElementsOf(
                company.activeRepNamesOf(company.teamManagedBy("sofia")));
        assertThat(south.repsWithoutPact()).contains("Nadia Haddad").doesNotContain("Lucas Moreau");
        long lucas = company.personId("lmoreau");
        TeamCommitments.Line lucasOneOnOnes = south.lines().stream()
                .filter(line -> line.repId() == lucas && line.commitment().kind() == CommitmentKind.ONE_ON_ONE)
                .findFirst().orElseThrow();
        assertThat(lucasOneOnOnes.commitment().monthTarget()).as("November: 21 working days = 4.2 weeks")
                .isEqualByComparingTo("4.2");
        assertThat(lucasOneOnOnes.commitment().actual()).isEqualByComparingTo(BigDecimal.valueOf(
                company.heldOneOnOnesOf(lucas, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 18))));

        TestSupport.signIn(users, "manager");
        assertThat(teamCommitments.thisMonth().reps()).extracting(TeamCommitments.Rep::repName)
                .contains("Ravi Patel").doesNotContain("Lucas Moreau");

        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> teamCommitments.thisMonth()).isInstanceOf(AccessDeniedException.class);
    }
}
