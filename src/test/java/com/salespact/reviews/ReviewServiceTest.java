package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.SeededCompany.StoredReview;
import com.salespact.TestSupport;
import com.salespact.activities.ActivityKind;
import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import com.salespact.base.RuleViolation;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.security.DisplayTokenService;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
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
 * Reviews on the seeded H2 database: a prepared 1:1 shows the numbers independent SQL finds, action items carry
 * over, and a rep reaches only their own reviews and never the manager's private items. The reviews of the reps a
 * test meets, and the display tokens it creates, are put back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired PaceQuery paceQuery;
    @Autowired CompanySettings settings;
    @Autowired DisplayTokenService displays;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;

    @BeforeEach
    void keepDisplayTokens() {
        kept = new KeptRows(jdbc).addedTo("display_token");
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
        kept.restore();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void aPreparedOneOnOneShowsTheNumbersTheDatabaseHas() {
        long rep = kept.reviewsOf(company.personId("elarsen"));
        TestSupport.signIn(users, "manager");
        ReviewRow next = reviews.nextOneOnOne(rep);
        assertThat(next.scheduledFor()).as("weekly, on Friday").isEqualTo(LocalDate.of(2026, 11, 20));
        ReviewFacts facts = reviews.open(next.id()).orElseThrow().facts();

        DateRange quarter = settings.calendar().quarterOf(TODAY);
        assertThat(facts.quarter().actual()).isEqualByComparingTo(company.wonRevenueOf(rep, quarter.start(), TODAY));
        RepPace pace = paceQuery.rep(rep, quarter, TODAY);
        assertThat(facts.quarter().target()).isEqualByComparingTo(pace.target());
        assertThat(facts.quarter().dueTarget()).isEqualByComparingTo(pace.dueTarget());
        assertThat(facts.quarter().pace()).isEqualTo(pace.pace());

        DateRange week = new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22));
        assertThat(facts.week()).isEqualTo(week);
        assertThat(facts.scorecard()).filteredOn(line -> line.metric().equals("CALLS")).singleElement()
                .satisfies(calls -> assertThat(calls.actual())
                        .isEqualTo(company.activitiesOf(rep, ActivityKind.CALL, week.start(), week.end())));

        Timestamp baseline = Timestamp.from(facts.baseline());
        Timestamp now = Timestamp.from(NOW);
        assertThat(facts.changes(PipelineChange.Kind.NEW)).hasSize(count("""
                select count(*) from deal where owner_id = ? and created_at > ? and created_at <= ?""",
                rep, baseline, now));
        assertThat(facts.wonSinceBaseline()).isEqualByComparingTo(jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from deal d where d.owner_id = ? and d.stage = 'WON'
                and exists (select 1 from stage_change sc where sc.deal_id = d.id and sc.to_stage = 'WON'
                            and sc.changed_at > ?)""", BigDecimal.class, rep, baseline));
        assertThat(facts.changes(PipelineChange.Kind.STALE)).hasSize(count("""
                select count(*) from deal where owner_id = ? and created_at <= ? and (
                   (stage in ('PROSPECT', 'QUALIFIED') and stage_entered_at <= ?)
                or (stage = 'PROPOSAL' and stage_entered_at <= ?)
                or (stage = 'NEGOTIATION' and stage_entered_at <= ?))""", rep, baseline,
                Timestamp.from(NOW.minusSeconds(31 * 86_400L)), Timestamp.from(NOW.minusSeconds(22 * 86_400L)),
                Timestamp.from(NOW.minusSeconds(15 * 86_400L))));
        assertThat(facts.openDeals()).hasSize(count("""
                select count(*) from deal where owner_id = ?
                and stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')""", rep));
        assertThat(facts.actions().stream().filter(action -> !action.done()).count()).isEqualTo(count(
                "select count(*) from action_item where rep_id = ? and done_at is null", rep));
    }

    @Test
    void actionItemsCarryOverToTheNextOneOnOneUntilDone() {
        long rep = kept.reviewsOf(company.personId("fnilsson"));
        long manager = company.personId("manager");
        TestSupport.signIn(users, "manager");
        long first = reviews.nextOneOnOne(rep).id();
        ReviewDetails.ActionLine action = reviews.addActionItem(first, rep, "Book the Juniper demo",
                LocalDate.of(2026, 11, 27));
        reviews.addActionItem(first, manager, "Join the Juniper call", null);
        ReviewDetails held = reviews.markHeld(first);
        assertThat(held.isHeld()).isTrue();
        assertThat(held.actions()).extracting(ReviewDetails.ActionLine::text)
                .contains("Book the Juniper demo", "Join the Juniper call");

        ReviewRow second = reviews.nextOneOnOne(rep);
        assertThat(second.id()).isNotEqualTo(first);
        assertThat(second.scheduledFor()).isAfter(held.scheduledFor());
        assertThat(reviews.open(second.id()).orElseThrow().actions())
                .filteredOn(line -> line.id() == action.id()).singleElement()
                .satisfies(line -> {
                    assertThat(line.carried()).isTrue();
                    assertThat(line.done()).isFalse();
                    assertThat(line.ownerName()).isEqualTo("Freya Nilsson");
                });
        assertThat(reviews.openActions(rep)).extracting(ReviewDetails.ActionLine::id).contains(action.id());

        reviews.setActionDone(action.id(), true);
        assertThat(reviews.open(second.id()).orElseThrow().actions())
                .filteredOn(line -> line.id() == action.id()).singleElement()
                .satisfies(line -> assertThat(line.done()).as("done since the last 1:1: listed once, ticked").isTrue());
        assertThat(reviews.openActions(rep)).extracting(ReviewDetails.ActionLine::id).doesNotContain(action.id());
    }

    @Test
    void heldFactsStayWhatWasTrueThen() {
        long rep = kept.reviewsOf(company.personId("ohughes"));
        TestSupport.signIn(users, "manager");
        long id = reviews.nextOneOnOne(rep).id();
        ReviewDetails held = reviews.markHeld(id);
        String snapshot = company.review(id).factsSnapshot();
        assertThat(FactsJson.read(snapshot)).isEqualTo(held.facts());
        jdbc.update("update review set facts_snapshot = ? where id = ?",
                snapshot.replaceFirst("\"actual\":[0-9.]+", "\"actual\":1.00"), id);
        assertThat(reviews.open(id).orElseThrow().facts().quarter().actual())
                .as("a held review reads its snapshot, not today's numbers").isEqualByComparingTo("1.00");
        assertThat(company.review(id)).extracting(StoredReview::heldOn, StoredReview::status)
                .containsExactly(TODAY, "HELD");
    }

    @Test
    void repNeverReceivesPrivateItemsOrManagerNotes() {
        long rep = kept.reviewsOf(company.personId("rep"));
        TestSupport.signIn(users, "manager");
        long id = reviews.nextOneOnOne(rep).id();
        reviews.addAgendaItem(id, "Ravi's tone with Calder procurement", true);
        reviews.addAgendaItem(id, "Pipeline for December", false);
        long version = reviews.open(id).orElseThrow().version();
        version = reviews.saveManagerNotes(id, version, "Consider him for the key-account role");
        reviews.saveSharedNotes(id, version, "Focus on two proposals this week");

        TestSupport.signIn(users, "rep");
        ReviewDetails seen = reviews.open(id).orElseThrow();
        assertThat(seen.managerView()).isFalse();
        assertThat(seen.managerNotes()).isNull();
        assertThat(seen.sharedNotes()).isEqualTo("Focus on two proposals this week");
        assertThat(seen.agenda()).extracting(ReviewDetails.AgendaLine::text).contains("Pipeline for December")
                .doesNotContain("Ravi's tone with Calder procurement");
        assertThat(seen.agenda()).noneMatch(ReviewDetails.AgendaLine::privateItem);
        assertThat(seen.toString()).doesNotContain("key-account role").doesNotContain("Calder procurement");

        long privateItem = jdbc.queryForObject("select id from agenda_item where review_id = ? and private_item = true"
                + " order by id desc fetch first 1 row only", Long.class, id);
        long current = seen.version();
        assertThatThrownBy(() -> reviews.saveManagerNotes(id, current, "mine")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.markDiscussed(privateItem, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.removeAgendaItem(privateItem)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.addAgendaItem(id, "Secret", true)).isInstanceOf(RuleViolation.class)
                .hasMessage("Only managers can add private items");
        assertThatThrownBy(() -> reviews.markHeld(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.addAgendaItem(id, "My numbers for Aldercrest", false).authorName()).isEqualTo("Ravi Patel");
    }

    @Test
    void repCannotReachAnotherRepsReviewsNorAManagerAnotherTeams() {
        long teammate = kept.reviewsOf(company.personId("jberg"));
        long southRep = kept.reviewsOf(company.personId("cconti"));
        TestSupport.signIn(users, "manager");
        long northReview = reviews.nextOneOnOne(teammate).id();
        TestSupport.signIn(users, "sofia");
        long southReview = reviews.nextOneOnOne(southRep).id();
        assertThatThrownBy(() -> reviews.open(northReview)).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> reviews.open(northReview)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.open(southReview)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.addAgendaItem(northReview, "Snooping", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.nextOneOnOne(teammate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.upcoming(teammate)).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.upcoming(null)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.repId()).isEqualTo(company.personId("rep")));
        assertThat(company.agendaOf(northReview)).doesNotContain("Snooping");
    }

    @Test
    void theTeamOverviewPutsRepsAtRiskThenBehindFirstWithThePaceTheirOwnBusinessShows() {
        TestSupport.signIn(users, "manager");
        DateRange quarter = settings.calendar().quarterOf(TODAY);
        List<RepReviews> lines = reviews.overview();

        assertThat(lines).extracting(RepReviews::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(company.teamOf("manager"), null));
        for (RepReviews line : lines) {
            RepPace pace = paceQuery.rep(line.repId(), quarter, TODAY);
            assertThat(line.pace()).as(line.repName()).isEqualTo(pace.pace());
            assertThat(line.attainment()).as(line.repName()).isEqualByComparingTo(pace.attainment());
            assertThat(line.openActions()).as(line.repName()).isEqualTo(count(
                    "select count(*) from action_item where rep_id = ? and done_at is null", line.repId()));
            assertThat(idOf(line.next())).as(line.repName()).isEqualTo(firstReview(line.repId(), """
                    status in ('SCHEDULED', 'PREPARED') order by scheduled_for, id"""));
            assertThat(idOf(line.lastHeld())).as(line.repName()).isEqualTo(firstReview(line.repId(), """
                    status = 'HELD' order by scheduled_for desc, id desc"""));
        }
        // The demo's North team has all three paces side by side: the worst come first, ties by name.
        assertThat(lines).extracting(RepReviews::pace).containsSubsequence(Pace.AT_RISK, Pace.BEHIND, Pace.ON_TRACK)
                .isSortedAccordingTo(Pace.WORST_FIRST);
        for (Pace pace : Pace.values()) {
            assertThat(lines).filteredOn(line -> line.pace() == pace).extracting(RepReviews::repName).isSorted();
        }

        TestSupport.signIn(users, "sofia");
        assertThat(reviews.overview()).extracting(RepReviews::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(company.teamOf("sofia"), null));
    }

    private static Long idOf(ReviewRow row) {
        return row == null ? null : row.id();
    }

    /** The first review of the rep by an independent query, or null. */
    private Long firstReview(long repId, String whereAndOrder) {
        return jdbc.queryForList("select id from review where rep_id = ? and " + whereAndOrder, Long.class, repId)
                .stream().findFirst().orElse(null);
    }

    @Test
    void aWallScreenCannotReadReviews() {
        long team = company.teamOf("manager");
        TestSupport.signIn(users, "manager");
        String token = displays.create("Review test TV", team, 20);
        TestSupport.signOut();
        var grant = displays.open(token).orElseThrow();
        assertThatThrownBy(() -> displays.callAs(grant, () -> reviews.upcoming(null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void concurrentNoteEditsAreRefusedNotOverwritten() {
        long rep = kept.reviewsOf(company.personId("lkim"));
        TestSupport.signIn(users, "manager");
        long id = reviews.nextOneOnOne(rep).id();
        long version = reviews.open(id).orElseThrow().version();
        TestSupport.signIn(users, "lkim");
        reviews.saveSharedNotes(id, version, "Lena's notes from the tablet");
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> reviews.saveSharedNotes(id, version, "Maria's notes from the laptop"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(company.review(id).sharedNotes()).isEqualTo("Lena's notes from the tablet");
    }

    @Test
    void quarterlyPlanReviewPresentsTheQuarterAndTheNextStartsFromIt() {
        long rep = kept.reviewsOf(company.personId("dalvarez"));
        TestSupport.signIn(users, "sofia");
        ReviewRow seeded = reviews.upcoming(rep).stream().filter(row -> row.kind() == ReviewKind.QUARTERLY_PLAN)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> reviews.schedule(rep, ReviewKind.QUARTERLY_PLAN, LocalDate.of(2027, 1, 15)))
                .as("one open quarterly review at a time").isInstanceOf(RuleViolation.class);
        ReviewRow first = reviews.reschedule(seeded.id(), TODAY);
        ReviewDetails details = reviews.open(first.id()).orElseThrow();
        assertThat(details.period()).as("mid-quarter: this quarter").isEqualTo(settings.calendar().quarterOf(TODAY));
        ReviewFacts.QuarterBreakdown breakdown = details.facts().breakdown();
        assertThat(breakdown.months()).extracting(ReviewFacts.PeriodSales::label)
                .containsExactly("Oct 2026", "Nov 2026", "Dec 2026");
        assertThat(breakdown.weeks()).hasSize(14).first().satisfies(week -> assertThat(week.label()).isEqualTo("W40"));
        BigDecimal weeks = breakdown.weeks().stream().map(ReviewFacts.PeriodSales::actual)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(weeks).as("weeks add up to the quarter").isEqualByComparingTo(details.facts().quarter().actual());
        BigDecimal months = breakdown.months().stream().map(ReviewFacts.PeriodSales::target)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(months).isCloseTo(details.facts().quarter().target(),
                org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
        assertThat(breakdown.months().get(0).actual()).isEqualByComparingTo(
                company.wonRevenueOf(rep, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(details.firstOfKind()).as("the demo held one for the last quarter").isFalse();

        reviews.addReason(first.id(), "Oct 2026", null, ReasonCode.DEAL_SLIPPED, "Granite Peak moved to Q1");
        long version = reviews.savePlan(first.id(), details.version(), "Two new proposals a week until Christmas");
        reviews.saveFeedback(first.id(), version, "Good plan; keep the Monday pipeline hour", "Share the Granite story");
        reviews.addActionItem(first.id(), rep, "Re-qualify every negotiation", LocalDate.of(2026, 12, 4));
        reviews.markHeld(first.id());
        ReviewDetails held = reviews.open(first.id()).orElseThrow();
        assertThat(held.reasons()).singleElement()
                .satisfies(reason -> assertThat(reason.direction()).isEqualTo(ReasonCode.Direction.DOWN));
        assertThat(held.firstOfKind()).as("held after the demo's Q3 review").isFalse();

        ReviewRow next = reviews.schedule(rep, ReviewKind.QUARTERLY_PLAN, LocalDate.of(2027, 1, 8));
        ReviewDetails later = reviews.open(next.id()).orElseThrow();
        assertThat(later.period()).as("early January closes Q4").isEqualTo(settings.calendar().quarterOf(TODAY));
        assertThat(later.planText()).as("copied forward").isEqualTo("Two new proposals a week until Christmas");
        assertThat(later.actions()).extracting(ReviewDetails.ActionLine::text).contains("Re-qualify every negotiation");
    }

    @Test
    void schedulingRules() {
        long rep = kept.reviewsOf(company.personId("nhaddad"));
        TestSupport.signIn(users, "sofia");
        assertThatThrownBy(() -> reviews.schedule(rep, ReviewKind.WEEKLY_ONE_ON_ONE, TODAY.minusDays(1)))
                .isInstanceOf(RuleViolation.class).hasMessage("Schedule it for today or later");
        ReviewRow next = reviews.nextOneOnOne(rep);
        assertThat(reviews.nextOneOnOne(rep).id()).as("one open 1:1 at a time").isEqualTo(next.id());
        ReviewRow moved = reviews.reschedule(next.id(), LocalDate.of(2026, 11, 19));
        assertThat(moved.scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThatThrownBy(() -> reviews.schedule(company.personId("sofia"), ReviewKind.WEEKLY_ONE_ON_ONE, TODAY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> reviews.addActionItem(next.id(), company.personId("manager"), "Wrong owner", null))
                .isInstanceOf(RuleViolation.class).hasMessage("The owner is the rep or their manager");
        List<ReviewRow> upcoming = reviews.upcoming(rep);
        assertThat(upcoming).extracting(ReviewRow::id).contains(next.id());
    }
}
