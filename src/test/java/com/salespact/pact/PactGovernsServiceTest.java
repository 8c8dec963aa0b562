package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.goals.GoalService;
import com.salespact.goals.TargetOwner;
import com.salespact.goals.query.PaceQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pact in force governs (issue 13), through the services on the demo company with the clock on Wednesday
 * 18 Nov 2026: countersigning sets the rep's targets, a target changed outside the pact puts it out of step, next
 * year's pact waits for its start date, and the consequence ladder is evaluated on the weeks the pact governed.
 * Each test runs in a transaction that is rolled back, so targets, activities and pacts are left as seeded.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PactGovernsServiceTest {

    /** A North rep without a demo pact. */
    private static final String REP = "ohughes";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final PactPeriod FISCAL_2027 = new PactPeriod(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    @Autowired UserDetailsService users;
    @Autowired PactService pacts;
    @Autowired LadderService ladder;
    @Autowired GoalService goals;
    @Autowired PaceQuery pace;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired jakarta.persistence.EntityManager entities;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    private long repId() {
        return company.personId(REP);
    }

    private BigDecimal target(int year) {
        return company.target(repId(), year).revenue();
    }

    /** Writes the document into a new (or the open) version and takes it through both signatures. */
    private long sign(PactDocument document) {
        return PactSigning.sign(pacts, users, "manager", REP, repId(), document);
    }

    private static PactDocument document(PactPeriod period, String revenue, String grossProfit) {
        PactDocument base = PactFixtures.complete();
        return base.with(base.targets().withPeriod(period).withTargets(new BigDecimal(revenue),
                new BigDecimal(grossProfit)));
    }

    private PactOverviewRow row() {
        TestSupport.signIn(users, "manager");
        return pacts.overview().stream().filter(line -> line.repId() == repId()).findFirst().orElseThrow();
    }

    @Test
    void countersigningAVersionMakesItsTargetsTheRepsTargetsAndEveryFigureReadsThem() {
        sign(document(PactFixtures.FISCAL_2026, "890000", "280000"));
        sign(document(PactFixtures.FISCAL_2026, "950000", "300000"));

        assertThat(target(2026)).isEqualByComparingTo("950000");
        assertThat(jdbc.queryForObject("""
                select r.reason from target_revision r join target t on t.id = r.target_id
                where t.person_id = ? and t.fiscal_year = 2026 order by r.id desc fetch first 1 rows only""",
                String.class, repId())).isEqualTo("Set by sales pact v2, signed 18 Nov 2026");
        // The pace (and so the dashboard, the wall and catch-up plans) reads the same figure.
        DateRange year = goals.calendar().year(2026);
        assertThat(pace.rep(repId(), year, TODAY).target()).isEqualByComparingTo("950000");
        assertThat(row().outOfStep()).isFalse();
        assertThat(row().signedNumber()).isEqualTo(2);
        assertThat(row().validFrom()).isEqualTo(TODAY);
        assertThat(row().validUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aTargetChangedOutsideThePactPutsItOutOfStepAndANewVersionCatchesUp() {
        long signed = sign(document(PactFixtures.FISCAL_2026, "890000", "280000"));
        long targetVersion = company.target(repId(), 2026).version();

        goals.save(TargetOwner.person(repId()), 2026, new BigDecimal("920000"), new BigDecimal("280000"), null,
                "Raised after the quarterly review", targetVersion);

        assertThat(row().outOfStep()).isTrue();
        assertThat(pacts.load(signed).orElseThrow().outOfStep()).isTrue();
        TestSupport.signIn(users, REP);
        assertThat(pacts.targetsOutOfStep(repId())).as("the rep sees it on My business").isTrue();

        TestSupport.signIn(users, "manager");
        long draft = pacts.startVersionWithCurrentTarget(repId());
        assertThat(pacts.load(draft).orElseThrow().document().targets().revenueTarget()).isEqualByComparingTo("920000");
        sign(pacts.load(draft).orElseThrow().document());
        assertThat(row().outOfStep()).isFalse();
        assertThat(target(2026)).isEqualByComparingTo("920000");
    }

    @Test
    void nextYearsPactIsSignedWhileThisYearsRunsAndTakesOverOnItsStartDate() {
        long thisYear = sign(document(PactFixtures.FISCAL_2026, "890000", "280000"));
        TestSupport.signIn(users, "manager");
        long draft = pacts.openDraft(repId());
        assertThat(pacts.load(draft).orElseThrow().period()).as("prepared in Q4: next fiscal year")
                .isEqualTo(FISCAL_2027);
        long nextYear = sign(document(FISCAL_2027, "990000", "310000"));

        assertThat(nextYear).isEqualTo(draft);
        assertThat(target(2027)).isEqualByComparingTo("990000");
        assertThat(target(2026)).as("this year's target stays").isEqualByComparingTo("890000");
        assertThat(pacts.termsInForce(repId(), LocalDate.of(2026, 12, 31))).map(SignedTerms::versionId)
                .contains(thisYear);
        assertThat(pacts.termsInForce(repId(), LocalDate.of(2027, 1, 1))).map(SignedTerms::versionId)
                .contains(nextYear);
        PactOverviewRow row = row();
        assertThat(row.signedVersionId()).isEqualTo(thisYear);
        assertThat(row.nextVersionId()).isEqualTo(nextYear);
        assertThat(row.nextFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(row.state()).as("renewed: not due any more").isEqualTo(PactState.SIGNED);
    }

    @Test
    void aPactIsDueForRenewalOnlyWithinTheWindowBeforeItsEnd() {
        assertThat(PactService.state(true, LocalDate.of(2026, 12, 31), false, null, false, TODAY, 30))
                .isEqualTo(PactState.SIGNED);
        assertThat(PactService.state(true, LocalDate.of(2026, 12, 31), false, null, false,
                LocalDate.of(2026, 12, 1), 30)).isEqualTo(PactState.DUE_FOR_RENEWAL);
        assertThat(PactService.state(true, LocalDate.of(2026, 12, 31), true, null, false,
                LocalDate.of(2026, 12, 1), 30)).isEqualTo(PactState.SIGNED);
        assertThat(PactService.state(true, LocalDate.of(2027, 12, 31), false, null, false, TODAY, 30))
                .as("a pact signed today for a year is not due the same minute").isEqualTo(PactState.SIGNED);
    }

    @Test
    void theLadderStepsUpOnMissedWeeksPutsTheConsequenceOnTheNextOneOnOneAndTellsBothSides() {
        PactDocument base = document(PactFixtures.FISCAL_2026, "890000", "280000");
        long versionId = sign(base.with(new ConsequencesStep(List.of(
                new LadderRung(LadderTrigger.MISSED_WEEK, "Coaching talk at the next 1:1"),
                new LadderRung(LadderTrigger.TWO_MISSED_WEEKS, "Written catch-up plan, reviewed every week")))));
        // The pact has governed since September, and the rep logged nothing in the two weeks before this one.
        jdbc.update("""
                update pact_version set valid_from = date '2026-09-01', standards_from = date '2026-09-07'
                where id = ?""", versionId);
        jdbc.update("delete from activity where rep_id = ? and activity_date between date '2026-11-02' and "
                + "date '2026-11-15'", repId());
        entities.clear();

        TestSupport.signIn(users, "manager");
        LadderPosition position = ladder.evaluate(repId()).orElseThrow();

        assertThat(position.rung()).isEqualTo(2);
        assertThat(position.trigger()).isEqualTo(LadderTrigger.TWO_MISSED_WEEKS);
        assertThat(position.weekStart()).isEqualTo(LocalDate.of(2026, 11, 9));
        // Every week of the run is named, oldest first, with what was missed against the pact's standards.
        assertThat(position.reason()).matches("\\d missed weeks in a row: .*W45 calls 0/40, meetings 0/8; "
                + "W46 calls 0/40, meetings 0/8");
        assertThat(jdbc.queryForObject("""
                select count(*) from agenda_item a join review r on r.id = a.review_id
                where r.rep_id = ? and r.status <> 'HELD' and a.text like 'Consequence agreed in the pact (rung 2 of 2)%'""",
                Integer.class, repId())).isEqualTo(1);
        assertThat(company.notificationCount(REP, "LADDER_RUNG") + company.notificationCount("manager", "LADDER_RUNG"))
                .isEqualTo(2);
        assertThat(ladder.history(repId())).singleElement().satisfies(line -> {
            assertThat(line.fromRung()).isZero();
            assertThat(line.toRung()).isEqualTo(2);
        });

        // The same week evaluated again changes nothing.
        assertThat(ladder.evaluate(repId())).contains(position);
        assertThat(ladder.history(repId())).hasSize(1);

        // Shown where the pact is: the pact list and the pact page; the rep reads their own standing only.
        assertThat(row().ladder()).isEqualTo(position);
        assertThat(pacts.load(versionId).orElseThrow().ladder()).isEqualTo(position);
        TestSupport.signIn(users, REP);
        assertThat(ladder.standing(repId())).contains(position);
        long other = company.personId("rep");
        assertThatThrownBy(() -> ladder.standing(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ladder.evaluate(repId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void weeksBeforeThePactGovernedNeverCount() {
        sign(document(PactFixtures.FISCAL_2026, "890000", "280000"));
        jdbc.update("delete from activity where rep_id = ? and activity_date between date '2026-11-02' and "
                + "date '2026-11-15'", repId());

        TestSupport.signIn(users, "manager");
        LadderPosition position = ladder.evaluate(repId()).orElseThrow();

        assertThat(position.reached()).as("signed today: no complete week under the pact yet").isFalse();
        assertThat(ladder.history(repId())).isEmpty();
    }
}
