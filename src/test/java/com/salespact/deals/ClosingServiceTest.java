package com.salespact.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.goals.query.PaceQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Closing is deliberate (decision 012): a confirmed close is saved at once but changes no figure and publishes
 * nothing until its undo window has passed; an undone one never does. Time is the frozen test clock (10:00:00);
 * {@link ClosingSettlement#settleDue} is called with the instant the window ends instead of waiting for it.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class ClosingServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Autowired UserDetailsService users;
    @Autowired DealService deals;
    @Autowired ClosingService closings;
    @Autowired ClosingSettlement settlement;
    @Autowired PaceQuery pace;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired ApplicationEvents events;

    private ClosingTestDeals fresh;

    @BeforeEach
    void freshDeals() {
        fresh = new ClosingTestDeals(deals, users, jdbc);
    }

    @AfterEach
    void putBack() {
        TestSupport.signOut();
        fresh.deleteAll();
    }

    @Test
    void aConfirmedWinCountsAndIsPublishedOnlyOnceItsUndoWindowHasPassed() {
        DealDetails deal = fresh.negotiation("rep", "Closing test – confirmed win");
        BigDecimal wonBefore = teamWon();
        events.clear();
        TestSupport.signIn(users, "rep");

        PendingClose pending = closings.close(deal.id(), deal.version(), Stage.WON,
                new ClosingDraft(new BigDecimal("41500.00"), TODAY.minusDays(1), null));

        assertThat(closings.undoWindow()).hasSeconds(10);
        assertThat(pending.undoUntil()).isEqualTo(NOW.plusSeconds(10));
        assertThat(company.deal(deal.id()).stage()).as("saved, but not applied").isEqualTo(Stage.NEGOTIATION);
        assertThat(count("select count(*) from deal_closing where deal_id = ?", deal.id())).isEqualTo(1);
        assertThat(teamWon()).isEqualByComparingTo(wonBefore);
        assertThat(events.stream(DealChanged.class)).isEmpty();

        assertThat(settlement.settleDue(NOW.plusSeconds(9))).as("still undoable").isZero();
        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(events.stream(DealChanged.class)).isEmpty();

        assertThat(settlement.settleDue(NOW.plusSeconds(10))).isEqualTo(1);
        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.WON);
        assertThat(company.deal(deal.id()).amount()).isEqualByComparingTo("41500");
        assertThat(company.deal(deal.id()).closedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(company.deal(deal.id()).forecastCategory()).isEqualTo("COMMIT");
        // The history says when and by whom the win was confirmed, not when the window ended.
        assertThat(jdbc.query("select changed_by, changed_at from stage_change where deal_id = ? and to_stage = 'WON'"
                + " and from_stage = 'NEGOTIATION'", (rs, row) -> List.of(rs.getLong("changed_by"),
                rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant()), deal.id()))
                .containsExactly(List.of(company.personId("rep"), NOW));
        assertThat(count("select count(*) from deal_closing where deal_id = ?", deal.id())).isZero();
        assertThat(events.stream(DealChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.kind()).isEqualTo(DealChanged.Kind.WON);
            assertThat(changed.dealId()).isEqualTo(deal.id());
            assertThat(changed.amount()).isEqualByComparingTo("41500");
        });
        assertThat(teamWon()).isEqualByComparingTo(wonBefore.add(new BigDecimal("41500")));
        assertThat(settlement.settleDue(NOW.plusSeconds(60))).as("applied once").isZero();
    }

    @Test
    void anUndoneWinIsNeverCountedNorPublished() {
        DealDetails deal = fresh.negotiation("rep", "Closing test – undone win");
        BigDecimal wonBefore = teamWon();
        events.clear();
        TestSupport.signIn(users, "rep");
        closings.close(deal.id(), deal.version(), Stage.WON, new ClosingDraft(new BigDecimal("40000"), TODAY, null));

        closings.undo(deal.id());

        assertThat(settlement.settleDue(NOW.plusSeconds(3600))).isZero();
        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(count("select count(*) from stage_change where deal_id = ? and to_stage = 'WON'", deal.id())).isZero();
        assertThat(count("select count(*) from deal_closing where deal_id = ?", deal.id())).isZero();
        assertThat(events.stream(DealChanged.class)).isEmpty();
        // Still the version the board holds: the rep can move it on or close it again at once.
        assertThat(deals.load(deal.id()).orElseThrow().version()).isEqualTo(deal.version());
        assertThat(teamWon()).isEqualByComparingTo(wonBefore);
    }

    @Test
    void anUndoAfterTheWindowIsRefusedAndTheCloseStands() {
        DealDetails deal = fresh.negotiation("rep", "Closing test – too late");
        TestSupport.signIn(users, "rep");
        closings.close(deal.id(), deal.version(), Stage.WON, new ClosingDraft(new BigDecimal("40000"), TODAY, null));
        settlement.settleDue(NOW.plusSeconds(10));

        assertThatThrownBy(() -> closings.undo(deal.id())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("Too late to undo");
        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.WON);
    }

    @Test
    void aLossNeedsItsReasonAndIsPublishedAsAStageChangeAfterTheWindow() {
        DealDetails deal = fresh.negotiation("rep", "Closing test – lost");
        events.clear();
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> closings.close(deal.id(), deal.version(), Stage.LOST,
                new ClosingDraft(null, TODAY, "   "))).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("lostReason"))
                .hasMessage("Say why the deal was lost");
        assertThat(count("select count(*) from deal_closing where deal_id = ?", deal.id())).isZero();

        closings.close(deal.id(), deal.version(), Stage.LOST, new ClosingDraft(null, TODAY, " Budget moved to 2027 "));
        settlement.settleDue(NOW.plusSeconds(10));

        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.LOST);
        assertThat(company.deal(deal.id()).lostReason()).isEqualTo("Budget moved to 2027");
        assertThat(company.deal(deal.id()).closedOn()).isEqualTo(TODAY);
        assertThat(events.stream(DealChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.kind()).isEqualTo(DealChanged.Kind.STAGE_CHANGED));
    }

    @Test
    void theDealsRulesRefuseAWinAtTheirFieldAndSaveNothing() {
        DealDetails deal = fresh.negotiation("rep", "Closing test – rules");
        TestSupport.signIn(users, "rep");

        assertThat(refusal(deal, new ClosingDraft(null, TODAY, null))).containsExactly("amount", "Enter the deal's amount");
        assertThat(refusal(deal, new ClosingDraft(new BigDecimal("11999"), TODAY, null)))
                .containsExactly("amount", "The amount cannot be below the gross profit (€12,000)");
        assertThat(refusal(deal, new ClosingDraft(new BigDecimal("40000"), TODAY.plusDays(1), null)))
                .containsExactly("closedOn", "The close date cannot be in the future");
        assertThat(refusal(deal, new ClosingDraft(new BigDecimal("40000"), null, null)))
                .containsExactly("closedOn", "Enter the close date");
        assertThat(count("select count(*) from deal_closing where deal_id = ?", deal.id())).isZero();
        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.NEGOTIATION);
    }

    @Test
    void closingIsNeverOneTapAndNeverTwiceAndChecksTheVersion() {
        DealDetails deal = fresh.negotiation("rep", "Closing test – guards");
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> deals.moveStage(deal.id(), Stage.WON, deal.version()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("Confirm the close");
        assertThatThrownBy(() -> closings.close(deal.id(), deal.version() - 1, Stage.WON,
                new ClosingDraft(new BigDecimal("40000"), TODAY, null))).isInstanceOf(DealConflictException.class);
        closings.close(deal.id(), deal.version(), Stage.WON, new ClosingDraft(new BigDecimal("40000"), TODAY, null));
        assertThatThrownBy(() -> closings.close(deal.id(), deal.version(), Stage.LOST,
                new ClosingDraft(null, TODAY, "Changed my mind"))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("being closed already");
        closings.undo(deal.id());
    }

    @Test
    void aRepCanNeitherCloseNorUndoAnotherRepsDeal() {
        DealDetails theirs = fresh.negotiation("rep", "Closing test – not yours");
        String other = company.repOfAnotherTeam("rep");
        TestSupport.signIn(users, "rep");
        closings.close(theirs.id(), theirs.version(), Stage.WON, new ClosingDraft(new BigDecimal("40000"), TODAY, null));

        TestSupport.signIn(users, other);
        assertThatThrownBy(() -> closings.undo(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> closings.draft(theirs.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from deal_closing where deal_id = ?", theirs.id())).isEqualTo(1);

        TestSupport.signIn(users, "rep");
        closings.undo(theirs.id());
        TestSupport.signIn(users, other);
        assertThatThrownBy(() -> closings.close(theirs.id(), theirs.version(), Stage.WON,
                new ClosingDraft(new BigDecimal("40000"), TODAY, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from deal_closing where deal_id = ?", theirs.id())).isZero();
    }

    /** Two nodes finding the same closing due: exactly one applies (and publishes) it. */
    @Test
    void twoSettlersRacingApplyAClosingOnce() throws Exception {
        DealDetails deal = fresh.negotiation("rep", "Closing test – two nodes");
        TestSupport.signIn(users, "rep");
        closings.close(deal.id(), deal.version(), Stage.WON, new ClosingDraft(new BigDecimal("40000"), TODAY, null));
        TestSupport.signOut();

        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            start.await();
            return settlement.settleDue(NOW.plusSeconds(10));
        };
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> applied = nodes.invokeAll(List.of(node, node));
            assertThat(applied.get(0).get() + applied.get(1).get()).isEqualTo(1);
        }
        assertThat(count("select count(*) from stage_change where deal_id = ? and to_stage = 'WON'", deal.id()))
                .isEqualTo(1);
        assertThat(company.deal(deal.id()).stage()).isEqualTo(Stage.WON);
    }

    private List<String> refusal(DealDetails deal, ClosingDraft draft) {
        try {
            closings.close(deal.id(), deal.version(), Stage.WON, draft);
        } catch (RuleViolation violation) {
            return List.of(violation.field(), violation.getMessage());
        }
        throw new AssertionError("not refused");
    }

    private BigDecimal teamWon() {
        long team = company.teamOf("rep");
        DateRange quarter = new FiscalCalendar(1).quarterOf(TODAY);
        TestSupport.signIn(users, "manager");
        try {
            return pace.team(team, quarter, TODAY).actualRevenue();
        } finally {
            TestSupport.signOut();
        }
    }

    private int count(String sql, long dealId) {
        return jdbc.queryForObject(sql, Integer.class, dealId);
    }
}
