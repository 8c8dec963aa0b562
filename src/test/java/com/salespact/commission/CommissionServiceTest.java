package com.salespact.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.DateRange;
import com.salespact.base.PeriodKind;
import com.salespact.base.RuleViolation;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.PactDocument;
import com.salespact.pact.PactFixtures;
import com.salespact.pact.PactService;
import com.salespact.pact.PactSigning;
import com.salespact.pact.TargetsStep;
import com.salespact.people.NotificationLine;
import com.salespact.people.NotificationService;
import com.salespact.security.DisplayGrant;
import com.salespact.security.DisplayTokenService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Commission through the service on the seeded company (clock frozen on 2026-11-18, so this quarter is Q4 FY2026):
 * scoping for every role, statements that follow deal changes, plans and questions. Deals, plans (in an unused year)
 * and questions a test creates are removed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class CommissionServiceTest {

    static final int UNUSED_YEAR = 2032;
    /** A North rep the demo data gives no pact; a test signs one and removes it again. */
    static final String NO_PACT_REP = "ohughes";
    static final StatementPeriod Q4 = new StatementPeriod(PeriodKind.QUARTER, 2026, 4);

    @Autowired UserDetailsService users;
    @Autowired CommissionService commission;
    @Autowired DealService deals;
    @Autowired PaceQuery pace;
    @Autowired NotificationService notifications;
    @Autowired DisplayTokenService displays;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;
    @Autowired PactService pacts;

    private final List<Long> createdDeals = new ArrayList<>();
    /** The seeded FY2026 plan of {@link #NO_PACT_REP}, put back after a test changed it. */
    private Map<String, Object> seededPlan;

    /** The rep's targets, plan and everybody's notifications, put back after each test. */
    private KeptRows kept;

    @BeforeEach
    void keepTheRepsFigures() {
        long rep = company.personId(NO_PACT_REP);
        kept = new KeptRows(jdbc).targetsOfPerson(rep).keep("commission_plan", "rep_id = ?", rep)
                .addedTo("app_notification");
    }

    @AfterEach
    void putTheRepsFiguresBack() {
        kept.restore();
    }

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        LocaleContextHolder.resetLocaleContext();
        jdbc.update("update person set language = null where username in ('manager', 'rep')");
        for (Long deal : createdDeals) {
            jdbc.update("delete from commission_query where deal_id = ?", deal);
            jdbc.update("delete from stage_change where deal_id = ?", deal);
            jdbc.update("delete from deal_milestone where deal_id = ?", deal);
            jdbc.update("delete from deal where id = ?", deal);
        }
        createdDeals.clear();
        jdbc.update("delete from commission_query");
        jdbc.update("delete from app_notification where kind like 'COMMISSION%'");
        jdbc.update("delete from commission_plan where fiscal_year = ?", UNUSED_YEAR);
        jdbc.update("delete from display_token where name = 'Commission test TV'");
        long noPactRep = company.personId(NO_PACT_REP);
        PactSigning.remove(jdbc, noPactRep);
        seededPlan = CommissionTestData.restorePlan(jdbc, noPactRep, seededPlan);
    }

    void as(String username) {
        TestSupport.signIn(users, username);
    }

    /** A deal of the signed-in rep, created through the deal service in {@code stage}. */
    DealDetails newDeal(String name, String amount, String grossProfit, Stage stage) {
        long account = company.firstAccountOf("rep");
        DealDraft draft = new DealDraft();
        draft.setName(name);
        draft.setAccountId(account);
        draft.setAmount(new BigDecimal(amount));
        draft.setGrossProfit(new BigDecimal(grossProfit));
        draft.setExpectedCloseDate(LocalDate.of(2026, 11, 30));
        draft.setStage(stage);
        DealDetails deal = deals.save(null, 0, null, draft);
        createdDeals.add(deal.id());
        return deal;
    }

    @Test
    void aRepReadsTheirOwnStatementWorkedOutFromTheirWonDealsPlanAndTarget() {
        as("rep");
        long rep = company.personId("rep");
        RepStatement statement = commission.statement(rep, commission.currentPeriod(PeriodKind.QUARTER));

        assertThat(statement.period()).isEqualTo(Q4);
        assertThat(statement.range()).isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(statement.repName()).isEqualTo("Ravi Patel");
        assertThat(statement.plan()).isNotNull();
        assertThat(statement.plan().terms().revenueRate()).isEqualByComparingTo(jdbc.queryForObject(
                "select revenue_rate from commission_plan where rep_id = ? and fiscal_year = 2026", BigDecimal.class, rep));

        List<Long> wonIds = jdbc.queryForList("""
                select id from deal where owner_id = ? and stage = 'WON' and closed_on between '2026-10-01' and '2026-12-31'
                order by closed_on, id""", Long.class, rep);
        assertThat(wonIds).isNotEmpty();
        assertThat(statement.statement().lines()).extracting(line -> line.deal().dealId()).containsExactlyElementsOf(wonIds);
        assertThat(statement.statement().revenue()).isEqualByComparingTo(jdbc.queryForObject("""
                select sum(amount) from deal where owner_id = ? and stage = 'WON'
                and closed_on between '2026-10-01' and '2026-12-31'""", BigDecimal.class, rep));

        RepPace targets = pace.rep(rep, statement.range(), statement.range().end());
        assertThat(statement.statement().target().revenue()).isEqualByComparingTo(targets.target());
        assertThat(statement.statement().target().minGrossProfit()).isEqualByComparingTo(targets.grossProfitTarget());
        assertThat(statement.statement().total()).isPositive().isEqualByComparingTo(statement.statement().lines()
                .stream().map(StatementLine::commission).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aRepCannotReadAnotherRepsStatementPlanOrQuestions() {
        as("rep");
        long teammate = company.personId(company.teammateOf("rep"));
        assertThatThrownBy(() -> commission.statement(teammate, Q4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.plan(teammate, 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.questions(teammate)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.savePlan(company.personId("rep"), UNUSED_YEAR, new BigDecimal("0.5"),
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(commission.plan(company.personId("rep"), 2026)).isPresent();
    }

    @Test
    void aManagerReadsTheirTeamOnlyAndAnAdminEverybody() {
        long rep = company.personId("rep");
        long southRep = company.personId(company.repOfAnotherTeam("manager"));
        as("manager");
        assertThat(commission.statement(rep, Q4).repId()).isEqualTo(rep);
        assertThatThrownBy(() -> commission.statement(southRep, Q4)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.plan(southRep, 2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.savePlan(southRep, UNUSED_YEAR, new BigDecimal("0.03"),
                new BigDecimal("0.1"), BigDecimal.ONE, new BigDecimal("1.5"), null))
                .isInstanceOf(AccessDeniedException.class);
        as("sofia");
        assertThat(commission.statement(southRep, Q4).repId()).isEqualTo(southRep);
        assertThatThrownBy(() -> commission.statement(rep, Q4)).isInstanceOf(AccessDeniedException.class);
        as("admin");
        assertThat(commission.statement(southRep, Q4).repId()).isEqualTo(southRep);
        assertThat(commission.statement(rep, Q4).repId()).isEqualTo(rep);
        assertThatThrownBy(() -> commission.statement(company.personId("manager"), Q4))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("repId"));
    }

    @Test
    void theTeamSummaryIsEachRepsOwnStatementForTheTeamsManagerAndAdminsNeverForARep() {
        long north = company.teamOf("rep");
        long south = company.teamOf(company.repOfAnotherTeam("manager"));
        long rep = company.personId("rep");
        as("rep");
        commission.questionLine(commission.statement(rep, Q4).statement().lines().getFirst().deal().dealId(),
                "Is the accelerator right?");
        assertThatThrownBy(() -> commission.teamSummary(north, Q4)).as("not even their own team")
                .isInstanceOf(AccessDeniedException.class);

        as("manager");
        List<RepCommission> lines = commission.teamSummary(north, Q4);
        assertThat(lines).extracting(RepCommission::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(north, null)).isSorted();
        for (RepCommission line : lines) {
            RepStatement statement = commission.statement(line.repId(), Q4);
            assertThat(line.revenue()).as(line.repName()).isEqualByComparingTo(statement.statement().revenue());
            assertThat(line.target()).as(line.repName())
                    .isEqualByComparingTo(statement.statement().target().revenue());
            assertThat(line.attainment()).as(line.repName()).isEqualByComparingTo(statement.attainment());
            assertThat(line.earned()).as(line.repName()).isEqualByComparingTo(statement.statement().total());
            assertThat(line.openQuestions()).as(line.repName()).isEqualTo(line.repId() == rep ? 1 : 0);
        }
        assertThat(lines).extracting(RepCommission::earned).anySatisfy(earned -> assertThat(earned).isPositive());
        assertThatThrownBy(() -> commission.teamSummary(south, Q4)).isInstanceOf(AccessDeniedException.class);

        as("sofia");
        assertThat(commission.teamSummary(south, Q4)).extracting(RepCommission::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(south, null));
        assertThatThrownBy(() -> commission.teamSummary(north, Q4)).isInstanceOf(AccessDeniedException.class);

        as("admin");
        assertThat(commission.teamSummary(north, Q4)).hasSameSizeAs(lines);
        assertThat(commission.teamSummary(south, Q4)).isNotEmpty();
    }

    @Test
    void aWallScreenReadsNoCommissionEvenOfItsOwnTeam() {
        as("manager");
        String token = displays.create("Commission test TV", company.teamOf("rep"), 20);
        TestSupport.signOut();
        DisplayGrant grant = displays.open(token).orElseThrow();
        long rep = company.personId("rep");
        assertThatThrownBy(() -> displays.callAs(grant, () -> commission.statement(rep, Q4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> displays.callAs(grant, () -> commission.openQuestions()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> displays.callAs(grant, () -> commission.teamSummary(company.teamOf("rep"), Q4)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theRightsThePageReadsAreTheOnesTheServiceEnforces() {
        as("rep");
        assertThat(commission.rights()).isEqualTo(new CommissionRights(false, false, true, false, false));
        assertThatThrownBy(() -> commission.teamSummary(company.teamOf("rep"), Q4))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.questionLine(-1, "Mine?")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> commission.answer(-1, "No")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commission.savePlan(company.personId("rep"), UNUSED_YEAR, new BigDecimal("0.03"),
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN, null)).isInstanceOf(AccessDeniedException.class);
        for (String manages : List.of("manager", "admin")) {
            as(manages);
            assertThat(commission.rights()).as(manages).isEqualTo(new CommissionRights(true, true, false, true, true));
            assertThat(commission.teamSummary(company.teamOf("rep"), Q4)).isNotEmpty();
            assertThatThrownBy(() -> commission.questionLine(-1, "Mine?")).isInstanceOf(AccessDeniedException.class);
            // Past the role check: refused only because there is no such question.
            assertThatThrownBy(() -> commission.answer(-1, "No")).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void theStatementFollowsDealsAsTheyAreWonAndReopened() {
        as("rep");
        long rep = company.personId("rep");
        RepStatement before = commission.statement(rep, Q4);

        DealDetails won = newDeal("Commission test win", "10000", "3000", Stage.WON);
        RepStatement after = commission.statement(rep, Q4);
        assertThat(after.statement().lines()).hasSize(before.statement().lines().size() + 1);
        StatementLine line = after.statement().lines().stream().filter(l -> l.deal().dealId() == won.id())
                .findFirst().orElseThrow();
        assertThat(line.deal().wonOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(line.deal().amount()).isEqualByComparingTo("10000");
        assertThat(line.commission()).isPositive();
        assertThat(after.statement().revenue()).isEqualByComparingTo(before.statement().revenue().add(new BigDecimal("10000")));
        assertThat(after.statement().total()).isGreaterThanOrEqualTo(before.statement().total().add(line.commission()));

        DealDetails current = deals.load(won.id()).orElseThrow();
        deals.moveStage(won.id(), Stage.NEGOTIATION, current.version());
        RepStatement reopened = commission.statement(rep, Q4);
        assertThat(reopened.statement().lines()).extracting(l -> l.deal().dealId()).doesNotContain(won.id());
        assertThat(reopened.statement().total()).isEqualByComparingTo(before.statement().total());
    }

    @Test
    void aManagerSetsATeamRepsPlanTheRepIsToldAndBadInputNamesItsField() {
        long rep = company.personId("rep");
        as("manager");
        assertThat(commission.plan(rep, UNUSED_YEAR)).isEmpty();
        assertThatThrownBy(() -> commission.savePlan(rep, UNUSED_YEAR, new BigDecimal("0.03"), new BigDecimal("0.1"),
                BigDecimal.ONE, new BigDecimal("0.9"), null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("acceleratorMultiplier");
                    assertThat(violation.getMessage())
                            .isEqualTo("The multiplier is at least 1 (an accelerator never pays less)");
                });
        assertThat(commission.plan(rep, UNUSED_YEAR)).isEmpty();

        PlanDetails saved = commission.savePlan(rep, UNUSED_YEAR, new BigDecimal("0.035"), new BigDecimal("0.09"),
                new BigDecimal("1.1"), new BigDecimal("2"), null);
        assertThat(commission.plan(rep, UNUSED_YEAR)).contains(saved);
        assertThatThrownBy(() -> commission.savePlan(rep, UNUSED_YEAR, new BigDecimal("0.04"), new BigDecimal("0.09"),
                new BigDecimal("1.1"), new BigDecimal("2"), null)).isInstanceOf(ConcurrentEditException.class);
        PlanDetails changed = commission.savePlan(rep, UNUSED_YEAR, new BigDecimal("0.04"), new BigDecimal("0.09"),
                new BigDecimal("1.1"), new BigDecimal("2"), saved.version());
        assertThat(changed.version()).isGreaterThan(saved.version());
        assertThatThrownBy(() -> commission.savePlan(rep, UNUSED_YEAR, new BigDecimal("0.05"), new BigDecimal("0.09"),
                new BigDecimal("1.1"), new BigDecimal("2"), saved.version())).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> commission.savePlan(company.personId("manager"), UNUSED_YEAR, new BigDecimal("0.05"),
                new BigDecimal("0.09"), new BigDecimal("1.1"), new BigDecimal("2"), null))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("repId"));

        as("rep");
        List<NotificationLine> told = notifications.unread().stream()
                .filter(n -> n.kind().equals(CommissionService.PLAN_KIND)).toList();
        assertThat(told).hasSize(2);
        assertThat(told.getFirst().message()).isEqualTo(managerName() + " changed your FY" + UNUSED_YEAR
                + " commission plan: 4.0 % of revenue, 9.0 % of gross profit above the minimum, 2× on revenue past"
                + " 110 % of target");
        assertThat(told.getFirst().link()).isEqualTo("commission?rep=" + rep + "&period=" + UNUSED_YEAR + "-Q1");
    }

    @Test
    void withoutAPactInForceTheStatementSaysSoAndPaysByThePlanAndTheGoalsTargets() {
        as("manager");
        long rep = company.personId(NO_PACT_REP);
        RepStatement statement = commission.statement(rep, Q4);

        assertThat(statement.pact()).isNull();
        assertThat(statement.statement().terms()).isEqualTo(commission.plan(rep, 2026).orElseThrow().terms());
        RepPace targets = pace.rep(rep, statement.range(), statement.range().end());
        assertThat(statement.statement().target().revenue()).isEqualByComparingTo(targets.target());
    }

    @Test
    void theStatementFollowsThePactInForceItsSignedTermsAndItsRevenueTarget() {
        long rep = company.personId(NO_PACT_REP);
        as("manager");
        PlanDetails signedPlan = commission.plan(rep, 2026).orElseThrow();
        DateRange year = commission.calendar().year(2026);
        DateRange quarter = Q4.range(commission.calendar());
        BigDecimal goalsYear = pace.rep(rep, year, year.end()).target();
        BigDecimal goalsQuarter = pace.rep(rep, quarter, quarter.end()).target();
        // The pact agrees 60 % of the goals target, so the accelerator starts at 60 % of the goals threshold.
        BigDecimal pactTarget = goalsYear.multiply(new BigDecimal("0.6")).setScale(0, java.math.RoundingMode.HALF_UP);
        PactDocument complete = PactFixtures.complete();
        TargetsStep targets = complete.targets();
        PactDocument document = complete.with(new TargetsStep(PactFixtures.FISCAL_2026, pactTarget,
                pactTarget.multiply(new BigDecimal("0.2")),
                targets.masLines(), targets.plan(), targets.alignment()));
        long versionId = PactSigning.sign(pacts, users, "manager", NO_PACT_REP, rep, document);
        assertThat(company.pactVersion(versionId).commissionRevenueRate()).as("frozen on proposal")
                .isEqualByComparingTo(
                signedPlan.terms().revenueRate());

        // The plan changes after the pact was signed: it is named, not paid.
        PlanDetails changed = commission.savePlan(rep, 2026, new BigDecimal("0.10"), new BigDecimal("0.2"),
                BigDecimal.ONE, new BigDecimal("3"), signedPlan.version());

        as(NO_PACT_REP);
        RepStatement statement = commission.statement(rep, Q4);
        StatementPact pact = statement.pact();
        assertThat(pact).isNotNull();
        assertThat(pact.versionId()).isEqualTo(versionId);
        assertThat(pact.number()).isEqualTo(1);
        assertThat(pact.signedAt()).isEqualTo(java.time.Instant.parse("2026-11-18T10:00:00Z"));
        assertThat(pact.termsSigned()).isTrue();
        assertThat(statement.statement().terms()).isEqualTo(signedPlan.terms());
        assertThat(pact.changedPlan()).isEqualTo(changed.terms());
        assertThat(statement.plan().terms()).as("the editor shows the plan as it stands").isEqualTo(changed.terms());

        BigDecimal expected = pactTarget.multiply(goalsQuarter).divide(goalsYear, 2, java.math.RoundingMode.HALF_UP);
        assertThat(statement.statement().target().revenue()).isEqualByComparingTo(expected)
                .isLessThan(goalsQuarter);
        assertThat(statement.statement().thresholdAmount()).isEqualByComparingTo(
                expected.multiply(signedPlan.terms().acceleratorThreshold()).setScale(2, java.math.RoundingMode.HALF_EVEN));
        assertThat(pact.revenueTarget()).isEqualByComparingTo(pactTarget);

        RepStatement q3 = commission.statement(rep, new StatementPeriod(PeriodKind.QUARTER, 2026, 3));
        assertThat(q3.pact()).as("the pact came into force in Q4").isNull();
        assertThat(q3.statement().terms()).isEqualTo(changed.terms());
    }

    private String managerName() {
        return company.fullName("manager");
    }

    @Test
    void aRepQuestionsALineTheManagerIsToldAndAnswersAndTheRepIsToldTheAnswer() {
        as("rep");
        long rep = company.personId("rep");
        DealDetails won = newDeal("Commission test question", "5000", "1500", Stage.WON);
        long question = commission.questionLine(won.id(), "  Why no accelerator on this one?  ");
        assertThatThrownBy(() -> commission.questionLine(won.id(), "And again?"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.getMessage())
                        .isEqualTo("You already asked about this deal; wait for the answer"));
        assertThat(commission.openQuestions()).extracting(QuestionLine::id).containsExactly(question);

        as("manager");
        List<NotificationLine> toManager = notifications.unread().stream()
                .filter(n -> n.kind().equals(CommissionService.QUESTION_KIND)).toList();
        assertThat(toManager).hasSize(1);
        assertThat(toManager.getFirst().message())
                .isEqualTo("Ravi Patel questions the commission on Commission test question (won 18 Nov 2026):"
                        + " Why no accelerator on this one?");
        assertThat(toManager.getFirst().link()).isEqualTo("commission?rep=" + rep + "&period=2026-Q4");
        assertThat(commission.openQuestions()).extracting(QuestionLine::id).containsExactly(question);

        as("sofia");
        assertThat(commission.openQuestions()).isEmpty();
        assertThatThrownBy(() -> commission.answer(question, "Not my team")).isInstanceOf(AccessDeniedException.class);

        as("manager");
        assertThatThrownBy(() -> commission.answer(question, " ")).isInstanceOfSatisfying(RuleViolation.class,
                violation -> assertThat(violation.field()).isEqualTo("answer"));
        commission.answer(question, "The quarter target is not reached yet.");
        assertThatThrownBy(() -> commission.answer(question, "Twice")).isInstanceOf(RuleViolation.class);
        assertThat(commission.openQuestions()).isEmpty();

        as("rep");
        assertThat(commission.questions(rep)).singleElement().satisfies(line -> {
            assertThat(line.dealName()).isEqualTo("Commission test question");
            assertThat(line.question()).isEqualTo("Why no accelerator on this one?");
            assertThat(line.answer()).isEqualTo("The quarter target is not reached yet.");
            assertThat(line.answeredBy()).isEqualTo(managerName());
            assertThat(line.answered()).isTrue();
        });
        assertThat(notifications.unread()).filteredOn(n -> n.kind().equals(CommissionService.ANSWER_KIND))
                .singleElement().satisfies(n -> assertThat(n.message()).isEqualTo(managerName()
                        + " answered your commission question on Commission test question:"
                        + " The quarter target is not reached yet."));
    }

    @Test
    void eachSideIsToldInTheirOwnLanguageNotTheOneOfWhoeverCausedIt() {
        jdbc.update("update person set language = 'de' where username = 'rep'");
        jdbc.update("update person set language = 'en' where username = 'manager'");
        as("rep");
        LocaleContextHolder.setLocale(Locale.GERMAN); // the German rep's request
        DealDetails won = newDeal("Commission test question", "5000", "1500", Stage.WON);
        long question = commission.questionLine(won.id(), "Warum kein Beschleuniger?");

        as("manager");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(notifications.unread()).filteredOn(n -> n.kind().equals(CommissionService.QUESTION_KIND))
                .singleElement().satisfies(n -> assertThat(n.message()).isEqualTo("Ravi Patel questions the"
                        + " commission on Commission test question (won 18 Nov 2026): Warum kein Beschleuniger?"));
        commission.answer(question, "The quarter target is not reached yet.");

        as("rep");
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(notifications.unread()).filteredOn(n -> n.kind().equals(CommissionService.ANSWER_KIND))
                .singleElement().satisfies(n -> assertThat(n.message()).isEqualTo(managerName()
                        + " hat Ihre Provisionsfrage zu Commission test question beantwortet:"
                        + " The quarter target is not reached yet."));
    }

    @Test
    void onlyTheOwnerQuestionsAndOnlyWonDeals() {
        as("rep");
        DealDetails open = newDeal("Commission test open deal", "5000", "1500", Stage.PROPOSAL);
        assertThatThrownBy(() -> commission.questionLine(open.id(), "Where is my commission?"))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> assertThat(violation.getMessage())
                        .isEqualTo("Only won deals earn commission"));
        long teammatesWin = company.lastDealOf(company.teammateOf("rep"), Stage.WON);
        assertThatThrownBy(() -> commission.questionLine(teammatesWin, "Is this mine?"))
                .isInstanceOf(AccessDeniedException.class);
        as("manager");
        assertThatThrownBy(() -> commission.questionLine(teammatesWin, "A manager asks"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from commission_query", Integer.class)).isZero();
    }
}
