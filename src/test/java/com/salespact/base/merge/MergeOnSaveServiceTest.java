package com.salespact.base.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.commission.CommissionService;
import com.salespact.commission.PlanConflictException;
import com.salespact.commission.PlanTermsDraft;
import com.salespact.goals.GoalService;
import com.salespact.goals.Seasonality;
import com.salespact.goals.TargetConflictException;
import com.salespact.goals.TargetFigures;
import com.salespact.goals.TargetOwner;
import com.salespact.pact.ExpectationsStep;
import com.salespact.pact.PactFixtures;
import com.salespact.pact.PactService;
import com.salespact.pact.PactSigning;
import com.salespact.pact.StepConflictException;
import com.salespact.pact.StepDraft;
import com.salespact.pact.TargetsStep;
import com.salespact.people.PeopleService;
import com.salespact.people.Person;
import com.salespact.people.Team;
import com.salespact.reviews.ReviewConflictException;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ReviewTexts;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every form with a version merges a save made meanwhile, through its service: two saves from the same version that
 * changed different fields both land; two that changed the same field differently stop the second with exactly that
 * field, and nothing of it is written. Targets and plans use a year nobody uses, the pact a rep without one, the
 * review its texts and version put back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class MergeOnSaveServiceTest {

    static final int UNUSED_YEAR = 2034;
    /** A rep without a pact in the demo data. */
    static final String NO_PACT_REP = "ohughes";

    @Autowired UserDetailsService users;
    @Autowired GoalService goals;
    @Autowired CommissionService commission;
    @Autowired ReviewService reviews;
    @Autowired PactService pacts;
    @Autowired PeopleService people;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private Long reviewId;
    private Map<String, Object> reviewBefore;
    private long lastReviewId;

    @BeforeEach
    void rememberReviews() {
        lastReviewId = jdbc.queryForObject("select coalesce(max(id), 0) from review", Long.class);
    }

    @AfterEach
    void putBack() {
        TestSupport.signOut();
        jdbc.update("delete from app_notification where link = ?", "targets?year=" + UNUSED_YEAR);
        jdbc.update("delete from target_revision where target_id in (select id from target where fiscal_year = ?)",
                UNUSED_YEAR);
        jdbc.update("delete from target where fiscal_year = ?", UNUSED_YEAR);
        jdbc.update("delete from app_notification where kind = 'COMMISSION_PLAN' and message like ?",
                "%" + UNUSED_YEAR + "%");
        jdbc.update("delete from commission_plan where fiscal_year = ?", UNUSED_YEAR);
        PactSigning.remove(jdbc, company.personId(NO_PACT_REP));
        if (reviewBefore != null) {
            jdbc.update("""
                    update review set shared_notes = ?, manager_notes = ?, plan_text = ?, manager_feedback = ?,
                    team_feedback = ?, version = ? where id = ?""", reviewBefore.get("SHARED_NOTES"),
                    reviewBefore.get("MANAGER_NOTES"), reviewBefore.get("PLAN_TEXT"),
                    reviewBefore.get("MANAGER_FEEDBACK"), reviewBefore.get("TEAM_FEEDBACK"),
                    reviewBefore.get("VERSION"), reviewId);
        }
        jdbc.update("delete from review where id > ?", lastReviewId);
    }

    // --- targets ----------------------------------------------------------------------------------------------

    /** The rep's target in the unused year, set as a manager would; returns its figures as the editor loads them. */
    private TargetFigures storedTarget(TargetOwner owner) {
        goals.save(owner, UNUSED_YEAR, new BigDecimal("500000"), new BigDecimal("150000"), null, "Start", null);
        return TargetFigures.of(new BigDecimal("500000"), new BigDecimal("150000"), Seasonality.flat());
    }

    private long targetVersion(TargetOwner owner) {
        return company.target(owner.personId(), UNUSED_YEAR).version();
    }

    @Test
    void targetsKeepBothManagersChangesToDifferentFigures() {
        TestSupport.signIn(users, "manager");
        TargetOwner owner = TargetOwner.person(company.personId("rep"));
        TargetFigures base = storedTarget(owner);
        long version = targetVersion(owner);
        TargetFigures first = TargetFigures.FIELDS.copy(base);
        first.setRevenue(new BigDecimal("520000"));
        goals.save(owner, UNUSED_YEAR, new Edit<>(version, base, first), "More revenue");
        TargetFigures second = TargetFigures.FIELDS.copy(base);
        second.setMinGrossProfit(new BigDecimal("160000"));
        second.setWeight(12, new BigDecimal("2"));

        goals.save(owner, UNUSED_YEAR, new Edit<>(version, base, second), "More GP, a busy last month");

        SeededCompany.TargetFacts row = company.target(owner.personId(), UNUSED_YEAR);
        assertThat(row.revenue()).as("the first save survives").isEqualByComparingTo("520000");
        assertThat(row.minGrossProfit()).isEqualByComparingTo("160000");
        assertThat(jdbc.queryForObject("""
                select w.weight from target_month_weight w join target t on t.id = w.target_id
                where t.person_id = ? and t.fiscal_year = ? and w.fiscal_month = 12""", BigDecimal.class,
                owner.personId(), UNUSED_YEAR)).isEqualByComparingTo("2");
    }

    @Test
    void targetsStopASecondChangeOfTheSameFigureAndWriteNothing() {
        TestSupport.signIn(users, "manager");
        TargetOwner owner = TargetOwner.person(company.personId("rep"));
        TargetFigures base = storedTarget(owner);
        long version = targetVersion(owner);
        TargetFigures first = TargetFigures.FIELDS.copy(base);
        first.setRevenue(new BigDecimal("520000"));
        goals.save(owner, UNUSED_YEAR, new Edit<>(version, base, first), "More revenue");
        long afterFirst = targetVersion(owner);
        TargetFigures second = TargetFigures.FIELDS.copy(base);
        second.setRevenue(new BigDecimal("480000"));
        second.setMinGrossProfit(new BigDecimal("140000"));

        TargetConflictException conflict = catchThrowableOfType(TargetConflictException.class,
                () -> goals.save(owner, UNUSED_YEAR, new Edit<>(version, base, second), "Less"));

        assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("revenue");
        assertThat(conflict.current().getRevenue()).isEqualByComparingTo("520000");
        assertThat(conflict.currentVersion()).isEqualTo(afterFirst);
        assertThat(targetVersion(owner)).as("nothing written").isEqualTo(afterFirst);
        assertThat(company.target(owner.personId(), UNUSED_YEAR).minGrossProfit()).isEqualByComparingTo("150000");
    }

    // --- commission plans -------------------------------------------------------------------------------------

    private long storedPlan(long repId) {
        return commission.savePlan(repId, UNUSED_YEAR, new BigDecimal("0.03"), new BigDecimal("0.05"),
                new BigDecimal("1.0"), new BigDecimal("1.5"), null).version();
    }

    private Map<String, Object> plan(long repId) {
        return jdbc.queryForMap("select * from commission_plan where rep_id = ? and fiscal_year = ?", repId,
                UNUSED_YEAR);
    }

    @Test
    void commissionPlansKeepBothChangesToDifferentTerms() {
        TestSupport.signIn(users, "manager");
        long repId = company.personId("rep");
        long version = storedPlan(repId);
        PlanTermsDraft base = PlanTermsDraft.of(commission.plan(repId, UNUSED_YEAR).orElseThrow().terms());
        PlanTermsDraft first = PlanTermsDraft.FIELDS.copy(base);
        first.setRevenueRate(new BigDecimal("0.04"));
        commission.savePlan(repId, UNUSED_YEAR, new Edit<>(version, base, first));
        PlanTermsDraft second = PlanTermsDraft.FIELDS.copy(base);
        second.setAcceleratorMultiplier(new BigDecimal("2"));

        var saved = commission.savePlan(repId, UNUSED_YEAR, new Edit<>(version, base, second));

        assertThat(saved.terms().revenueRate()).isEqualByComparingTo("0.04");
        assertThat((BigDecimal) plan(repId).get("REVENUE_RATE")).isEqualByComparingTo("0.04");
        assertThat((BigDecimal) plan(repId).get("ACCELERATOR_MULTIPLIER")).isEqualByComparingTo("2");
    }

    @Test
    void commissionPlansStopASecondChangeOfTheSameTermAndWriteNothing() {
        TestSupport.signIn(users, "manager");
        long repId = company.personId("rep");
        long version = storedPlan(repId);
        PlanTermsDraft base = PlanTermsDraft.of(commission.plan(repId, UNUSED_YEAR).orElseThrow().terms());
        PlanTermsDraft first = PlanTermsDraft.FIELDS.copy(base);
        first.setRevenueRate(new BigDecimal("0.04"));
        long afterFirst = commission.savePlan(repId, UNUSED_YEAR, new Edit<>(version, base, first)).version();
        PlanTermsDraft second = PlanTermsDraft.FIELDS.copy(base);
        second.setRevenueRate(new BigDecimal("0.025"));
        second.setGpRateAboveMin(new BigDecimal("0.06"));

        PlanConflictException conflict = catchThrowableOfType(PlanConflictException.class,
                () -> commission.savePlan(repId, UNUSED_YEAR, new Edit<>(version, base, second)));

        assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("revenueRate");
        assertThat(conflict.current().getRevenueRate()).isEqualByComparingTo("0.04");
        assertThat(plan(repId).get("VERSION")).isEqualTo(afterFirst);
        assertThat((BigDecimal) plan(repId).get("GP_RATE_ABOVE_MIN")).as("nothing written")
                .isEqualByComparingTo("0.05");
    }

    // --- reviews ----------------------------------------------------------------------------------------------

    /** The rep's next 1:1 as the manager opens it; its texts and version are put back after the test. */
    private ReviewTexts openReview() {
        TestSupport.signIn(users, "manager");
        reviewId = reviews.nextOneOnOne(company.personId("elarsen")).id();
        reviewBefore = jdbc.queryForMap("select * from review where id = ?", reviewId);
        return ReviewTexts.of(reviews.open(reviewId).orElseThrow());
    }

    private long reviewVersion() {
        return reviews.open(reviewId).orElseThrow().version();
    }

    @Test
    void reviewsKeepTheRepsSharedNotesAndTheManagersOwnNotes() {
        ReviewTexts base = openReview();
        long version = reviewVersion();
        ReviewTexts managers = ReviewTexts.FIELDS.copy(base);
        managers.setManagerNotes("Ready for a bigger territory");
        TestSupport.signIn(users, "elarsen");
        ReviewTexts repBase = ReviewTexts.of(reviews.open(reviewId).orElseThrow());
        ReviewTexts reps = ReviewTexts.FIELDS.copy(repBase);
        reps.setSharedNotes("Two proposals out by Friday");
        reviews.saveTexts(reviewId, new Edit<>(version, repBase, reps));
        TestSupport.signIn(users, "manager");

        ReviewTexts stored = reviews.saveTexts(reviewId, new Edit<>(version, base, managers));

        assertThat(stored.getSharedNotes()).isEqualTo("Two proposals out by Friday");
        assertThat(jdbc.queryForMap("select shared_notes, manager_notes from review where id = ?", reviewId))
                .containsEntry("SHARED_NOTES", "Two proposals out by Friday")
                .containsEntry("MANAGER_NOTES", "Ready for a bigger territory");
    }

    @Test
    void reviewsStopASecondChangeOfTheSameNotesAndWriteNothing() {
        ReviewTexts base = openReview();
        long version = reviewVersion();
        ReviewTexts first = ReviewTexts.FIELDS.copy(base);
        first.setSharedNotes("Lena's notes from the tablet");
        reviews.saveTexts(reviewId, new Edit<>(version, base, first));
        long afterFirst = reviewVersion();
        ReviewTexts second = ReviewTexts.FIELDS.copy(base);
        second.setSharedNotes("Maria's notes from the laptop");
        second.setManagerNotes("Talk about the promotion");

        ReviewConflictException conflict = catchThrowableOfType(ReviewConflictException.class,
                () -> reviews.saveTexts(reviewId, new Edit<>(version, base, second)));

        assertThat(conflict.conflicts()).singleElement().satisfies(field -> {
            assertThat(field.field()).isEqualTo("sharedNotes");
            assertThat(field.mine()).isEqualTo("Maria's notes from the laptop");
            assertThat(field.theirs()).isEqualTo("Lena's notes from the tablet");
        });
        assertThat(reviewVersion()).isEqualTo(afterFirst);
        assertThat(jdbc.queryForMap("select shared_notes, manager_notes from review where id = ?", reviewId))
                .containsEntry("SHARED_NOTES", "Lena's notes from the tablet")
                .containsEntry("MANAGER_NOTES", reviewBefore.get("MANAGER_NOTES"));
    }

    // --- pact steps -------------------------------------------------------------------------------------------

    /** A draft pact for the rep without one, step 1 and 2 filled in; the manager stays signed in. */
    private long draftPact() {
        String manager = company.managerOf(NO_PACT_REP);
        TestSupport.signIn(users, manager);
        long versionId = pacts.openDraft(company.personId(NO_PACT_REP));
        long version = pacts.load(versionId).orElseThrow().version();
        version = pacts.save(versionId, version, PactFixtures.complete().targets(), 2).version();
        pacts.save(versionId, version, PactFixtures.complete().expectations(), 2);
        return versionId;
    }

    private TargetsStep storedTargets(long versionId) {
        return pacts.load(versionId).orElseThrow().document().targets();
    }

    @Test
    void pactStepsKeepChangesToDifferentFieldsAndToAnotherStep() {
        long versionId = draftPact();
        long version = pacts.load(versionId).orElseThrow().version();
        TargetsStep base = storedTargets(versionId);
        pacts.save(versionId, new Edit<>(version, StepDraft.of(base), StepDraft.of(new TargetsStep(base.period(),
                base.revenueTarget(), base.grossProfitTarget(), base.masLines(), "First tab's plan",
                base.alignment()))), 2);
        var afterFirst = pacts.load(versionId).orElseThrow();
        ExpectationsStep expectations = afterFirst.document().expectations();
        pacts.save(versionId, new Edit<>(afterFirst.version(), StepDraft.of(expectations), StepDraft.of(new ExpectationsStep(
                "First tab's KPIs", expectations.responsibilities(), expectations.commitments(),
                expectations.obstacles(), expectations.remedy()))), 2);

        pacts.save(versionId, new Edit<>(version, StepDraft.of(base),
                StepDraft.of(base.withTargets(new BigDecimal("950000"), base.grossProfitTarget()))), 2);

        var document = pacts.load(versionId).orElseThrow().document();
        assertThat(document.targets().plan()).isEqualTo("First tab's plan");
        assertThat(document.targets().revenueTarget()).isEqualByComparingTo("950000");
        assertThat(document.expectations().repKpis()).as("another step is not touched").isEqualTo("First tab's KPIs");
    }

    @Test
    void pactStepsStopASecondChangeOfTheSameFieldAndWriteNothing() {
        long versionId = draftPact();
        long version = pacts.load(versionId).orElseThrow().version();
        TargetsStep base = storedTargets(versionId);
        pacts.save(versionId, new Edit<>(version, StepDraft.of(base),
                StepDraft.of(base.withTargets(new BigDecimal("950000"), base.grossProfitTarget()))), 2);
        long afterFirst = pacts.load(versionId).orElseThrow().version();

        StepConflictException conflict = catchThrowableOfType(StepConflictException.class, () -> pacts.save(versionId,
                new Edit<>(version, StepDraft.of(base), StepDraft.of(new TargetsStep(base.period(),
                        new BigDecimal("880000"), base.grossProfitTarget(), base.masLines(), "Second tab's plan",
                        base.alignment()))), 2));

        assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("revenueTarget");
        assertThat(conflict.current().content()).isEqualTo(storedTargets(versionId));
        assertThat(pacts.load(versionId).orElseThrow().version()).isEqualTo(afterFirst);
        assertThat(storedTargets(versionId).plan()).as("nothing written").isEqualTo(base.plan());
    }

    // --- people and teams -----------------------------------------------------------------------------------------

    @Test
    void peopleKeepBothAdminsChangesToDifferentFieldsAndStopASecondChangeOfTheSameField() {
        TestSupport.signIn(users, "admin");
        long id = company.personId(NO_PACT_REP);
        Map<String, Object> before = jdbc.queryForMap("select email, hired_on, version from person where id = ?", id);
        try {
            Person loaded = people.load(id).orElseThrow();
            Person base = Person.FIELDS.copy(loaded);
            Person first = Person.FIELDS.copy(base);
            first.setEmail("first@example.com");
            people.save(id, new Edit<>(loaded.getVersion(), base, first), null);
            Person second = Person.FIELDS.copy(base);
            second.setHiredOn(java.time.LocalDate.of(2020, 1, 6));

            people.save(id, new Edit<>(loaded.getVersion(), base, second), null);

            Map<String, Object> row = jdbc.queryForMap("select email, hired_on from person where id = ?", id);
            assertThat(row).containsEntry("EMAIL", "first@example.com")
                    .containsEntry("HIRED_ON", java.sql.Date.valueOf("2020-01-06"));

            Person third = Person.FIELDS.copy(base);
            third.setEmail("third@example.com");
            long current = jdbc.queryForObject("select version from person where id = ?", Long.class, id);
            DraftConflictException conflict = catchThrowableOfType(DraftConflictException.class,
                    () -> people.save(id, new Edit<>(loaded.getVersion(), base, third), null));
            assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("email");
            assertThat(conflict.theirs(Person.FIELDS).getEmail()).isEqualTo("first@example.com");
            assertThat(jdbc.queryForObject("select version from person where id = ?", Long.class, id))
                    .as("nothing written").isEqualTo(current);
        } finally {
            jdbc.update("update person set email = ?, hired_on = ? where id = ?", before.get("EMAIL"),
                    before.get("HIRED_ON"), id);
        }
    }

    @Test
    void teamsKeepARenameAndAManagerChangeMadeMeanwhile() {
        TestSupport.signIn(users, "admin");
        Map<String, Object> team = jdbc.queryForMap("select id, name, manager_id from team order by id limit 1");
        long id = ((Number) team.get("ID")).longValue();
        try {
            Team loaded = people.allTeams().stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
            Team base = Team.FIELDS.copy(loaded);
            Team first = Team.FIELDS.copy(base);
            first.setManagerId(null);
            people.saveTeam(id, new Edit<>(loaded.getVersion(), base, first));
            Team second = Team.FIELDS.copy(base);
            second.setName(team.get("NAME") + " (merged)");

            people.saveTeam(id, new Edit<>(loaded.getVersion(), base, second));

            assertThat(jdbc.queryForMap("select name, manager_id from team where id = ?", id))
                    .containsEntry("NAME", team.get("NAME") + " (merged)").containsEntry("MANAGER_ID", null);
        } finally {
            jdbc.update("update team set name = ?, manager_id = ? where id = ?", team.get("NAME"),
                    team.get("MANAGER_ID"), id);
        }
    }
}
