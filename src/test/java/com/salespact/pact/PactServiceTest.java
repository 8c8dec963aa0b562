package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.FiscalCalendar;
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

/** The pact service on the real database: scoping, the one-signed-version rule, and the scorecard link. */
@SpringBootTest
@ActiveProfiles("test")
class PactServiceTest {

    /** A North rep without a demo pact. */
    private static final String REP = "ohughes";

    @Autowired UserDetailsService users;
    @Autowired PactService pacts;
    @Autowired ScorecardQuery scorecard;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    /** The rep's targets, which a signed pact sets, put back exactly (versions included) after each test. */
    private KeptRows kept;

    @BeforeEach
    void keepTheRepsTargets() {
        kept = new KeptRows(jdbc).targetsOfPerson(repId());
    }

    @AfterEach
    void putTheRepsTargetsBack() {
        kept.restore();
    }

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        PactTestData.removePactOf(jdbc, REP);
        jdbc.update("delete from training_item where rep_id = ? and title = 'Negotiation course'", repId());
    }

    private long repId() {
        return company.personId(REP);
    }

    private long draftAsManager() {
        TestSupport.signIn(users, "manager");
        return pacts.openDraft(repId());
    }

    /** Fills the open draft with a complete pact and takes it through both signatures. */
    private void signThroughService(long draftId, PactDocument document) {
        assertThat(PactSigning.sign(pacts, users, "manager", REP, repId(), document)).isEqualTo(draftId);
    }

    @Test
    void theSignedVersionKeepsTheFormulaNumbersOfItsProposalWhateverTheHistoryDoesLater() {
        long versionId = draftAsManager();
        signThroughService(versionId, PactFixtures.complete());
        PactVersionDetails signed = pacts.load(versionId).orElseThrow();
        SalesFormula agreed = signed.reading().formula();
        assertThat(agreed).isNotNull();
        assertThat(agreed.revenueTarget()).isEqualByComparingTo("900000");
        assertThat(signed.reading().currency()).isEqualTo("EUR");
        assertThat(signed.fields().get(PactStep.ROLE).get("Formula: average deal size"))
                .doesNotContain("from history").startsWith("€");

        // It reads what was stored at the proposal, never a recomputation from today's history.
        jdbc.update("update pact_version set formula_agreed = replace(formula_agreed, '\"sellingWeeks\":46', "
                + "'\"sellingWeeks\":45') where id = ?", versionId);
        assertThat(pacts.load(versionId).orElseThrow().reading().formula().sellingWeeks()).isEqualTo(45);
    }

    @Test
    void aVersionProposedBeforeTheNumbersWereKeptSaysItsAreRecomputedAsOfItsProposal() {
        long versionId = draftAsManager();
        signThroughService(versionId, PactFixtures.complete());
        jdbc.update("update pact_version set formula_agreed = null where id = ?", versionId);

        PactVersionDetails signed = pacts.load(versionId).orElseThrow();

        assertThat(signed.reading().recomputedAsOf()).isNotNull();
        assertThat(signed.fields().get(PactStep.ROLE).get("Formula: numbers"))
                .startsWith("Not recorded when proposed; recomputed from the history up to");
    }

    @Test
    void aFirstDraftIsPrefilledFromTheRepsTargetAndTheCompanyStandards() {
        long versionId = draftAsManager();

        PactVersionDetails draft = pacts.load(versionId).orElseThrow();
        BigDecimal target = company.target(repId(), 2026).revenue();
        assertThat(draft.document().targets().revenueTarget()).isEqualByComparingTo(target);
        assertThat(draft.document().targets().weeklyMinimum(MasMetric.CALLS)).hasValueSatisfying(
                calls -> assertThat(calls).isEqualByComparingTo("40"));
        assertThat(draft.document().role().roleDescription()).startsWith("Farmer");
        assertThat(draft.allowed().edit()).isTrue();
        assertThat(pacts.openDraft(repId())).as("the open draft, not a second one").isEqualTo(versionId);
    }

    @Test
    void aRepCannotReadSignOrEditAnotherRepsPact() {
        long versionId = draftAsManager();

        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> pacts.load(versionId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pacts.history(repId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pacts.signedTerms(repId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pacts.signAsRep(versionId, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pacts.reopen(versionId, 0, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pacts.save(versionId, 0, PactFixtures.complete().targets(), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(pacts.overview()).extracting(PactOverviewRow::repName).containsExactly("Ravi Patel");
    }

    @Test
    void aRepCannotEditTheirOwnPactAndAnotherTeamsManagerCannotTouchIt() {
        long versionId = draftAsManager();

        TestSupport.signIn(users, REP);
        assertThat(pacts.load(versionId).orElseThrow().allowed().edit()).isFalse();
        assertThatThrownBy(() -> pacts.save(versionId, 0, PactFixtures.complete().targets(), 1))
                .isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "sofia");
        assertThatThrownBy(() -> pacts.openDraft(repId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pacts.load(versionId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleSaveIsRefusedNotMerged() {
        long versionId = draftAsManager();
        long loaded = pacts.load(versionId).orElseThrow().version();
        pacts.save(versionId, loaded, PactFixtures.complete().targets(), 1);

        assertThatThrownBy(() -> pacts.save(versionId, loaded, PactFixtures.complete().expectations(), 2))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void countersigningVersionTwoSupersedesVersionOneSoOnlyOneIsInForce() {
        long first = draftAsManager();
        signThroughService(first, PactFixtures.complete());
        TestSupport.signIn(users, "manager");
        long second = pacts.openDraft(repId());
        assertThat(second).isNotEqualTo(first);
        signThroughService(second, PactFixtures.complete());

        assertThat(jdbc.queryForList("""
                select v.status from pact_version v join pact p on p.id = v.pact_id where p.rep_id = ? order by v.number""",
                String.class, repId())).containsExactly("SUPERSEDED", "SIGNED");
        assertThat(pacts.signedTerms(repId()).orElseThrow().number()).isEqualTo(2);
        // The signed pact's training plan is what the rep's development page tracks.
        assertThat(jdbc.queryForList("select title from training_item where rep_id = ? and source = 'PACT'",
                String.class, repId())).containsExactly("Negotiation course");
        assertThat(pacts.overview()).filteredOn(row -> row.repId() == repId()).singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo(PactState.SIGNED));
    }

    @Test
    void theSignedPactsStandardsAreTheRepsScorecardFromTheNextWeekNeverBackwards() {
        PactDocument document = PactFixtures.complete().with(new TargetsStep(PactFixtures.FISCAL_2026,
                new BigDecimal("900000"), new BigDecimal("300000"),
                List.of(new MasLine(MasMetric.CALLS, new BigDecimal("50"), Per.WEEK),
                        new MasLine(MasMetric.MEETINGS, new BigDecimal("40"), Per.MONTH)), "A plan", ""));
        LocalDate today = LocalDate.of(2026, 11, 18);
        TestSupport.signIn(users, "manager");
        var before = scorecard.rep(repId(), FiscalCalendar.isoWeekOf(today), today);
        signThroughService(draftAsManager(), document);

        // Countersigned on Wednesday 18 Nov: this week keeps the standards it started with.
        var thisWeek = scorecard.rep(repId(), FiscalCalendar.isoWeekOf(today), today);
        assertThat(thisWeek.fromPact()).isEqualTo(before.fromPact());
        assertThat(thisWeek.line(ScoreLine.Metric.CALLS).minimum())
                .isEqualTo(before.line(ScoreLine.Metric.CALLS).minimum()).isNotEqualTo(50);

        LocalDate monday = LocalDate.of(2026, 11, 23);
        var card = scorecard.rep(repId(), FiscalCalendar.isoWeekOf(monday), monday);
        assertThat(card.fromPact()).isTrue();
        assertThat(card.line(ScoreLine.Metric.CALLS).minimum()).isEqualTo(50);
        // 40 a month is 9.2 a week: a floor is met only with whole meetings, so 10.
        assertThat(card.line(ScoreLine.Metric.MEETINGS).minimum()).isEqualTo(10);
        assertThat(card.line(ScoreLine.Metric.PROPOSALS).minimum()).as("not in the pact").isZero();
        // Earlier weeks keep what governed them.
        LocalDate lastWeek = LocalDate.of(2026, 11, 11);
        assertThat(scorecard.rep(repId(), FiscalCalendar.isoWeekOf(lastWeek), lastWeek).line(ScoreLine.Metric.CALLS)
                .minimum()).isNotEqualTo(50);
    }

    @Test
    void theFormulaUsesTheRepsOwnHistoryFromTheDatabase() {
        TestSupport.signIn(users, "manager");
        SalesFormula formula = pacts.formula(repId(), new BigDecimal("900000"), FormulaOverrides.NONE);

        long wins = jdbc.queryForObject("""
                select count(*) from deal where owner_id = ? and stage = 'WON'
                  and closed_on between date '2025-11-18' and date '2026-11-18'""", Long.class, repId());
        BigDecimal won = jdbc.queryForObject("""
                select sum(amount) from deal where owner_id = ? and stage = 'WON'
                  and closed_on between date '2025-11-18' and date '2026-11-18'""", BigDecimal.class, repId());
        assertThat(formula.averageDealSize().source()).isEqualTo(SalesFormula.Source.OWN);
        assertThat(formula.averageDealSize().value())
                .isEqualByComparingTo(won.divide(BigDecimal.valueOf(wins), 2, java.math.RoundingMode.HALF_UP));
        assertThat(formula.result()).isPresent();
    }
}
