package com.salespact.commission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.TestSupport;
import com.salespact.base.PeriodKind;
import com.salespact.base.ui.KaribuTest;
import com.salespact.commission.CommissionService;
import com.salespact.commission.RepStatement;
import com.salespact.commission.StatementLine;
import com.salespact.commission.StatementPeriod;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.commission.PlanDetails;
import com.salespact.pact.PactDocument;
import com.salespact.pact.PactFixtures;
import com.salespact.pact.PactService;
import com.salespact.pact.PactSigning;
import com.salespact.pact.TargetsStep;
import com.salespact.people.NotificationLine;
import com.salespact.people.NotificationService;
import com.salespact.security.DisplayTokenService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The commission page as a rep checks and questions their statement and as a manager answers and sets plans. */
class CommissionViewTest extends KaribuTest {

    private static final int UNUSED_YEAR = 2034;
    private static final StatementPeriod Q4 = new StatementPeriod(PeriodKind.QUARTER, 2026, 4);
    /** A North rep the demo data gives no pact; a test signs one and removes it again. */
    private static final String NO_PACT_REP = "ohughes";

    @Autowired JdbcTemplate jdbc;
    @Autowired CommissionService commission;
    @Autowired DealService deals;
    @Autowired NotificationService notifications;
    @Autowired DisplayTokenService displays;
    @Autowired UserDetailsService users;
    @Autowired PactService pacts;

    private final List<Long> createdDeals = new ArrayList<>();
    /** The seeded FY2026 plan of {@link #NO_PACT_REP}, put back after a test changed it. */
    private java.util.Map<String, Object> seededPlan;

    /** The rep's targets, plan and everybody's notifications are put back after each test (see KaribuTest). */
    @BeforeEach
    void keepTheRepsFigures() {
        long rep = company.personId(NO_PACT_REP);
        kept.targetsOfPerson(rep).keep("commission_plan", "rep_id = ?", rep).addedTo("app_notification");
    }

    @BeforeEach
    @AfterEach
    void cleanUp() {
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
        jdbc.update("delete from display_token where name = 'Commission view test TV'");
        long noPactRep = company.personId(NO_PACT_REP);
        PactSigning.remove(jdbc, noPactRep);
        seededPlan = com.salespact.commission.CommissionTestData.restorePlan(jdbc, noPactRep, seededPlan);
    }

    private static String pactText() {
        return _get(Paragraph.class, spec -> spec.withId("commission-pact")).getElement().getTextRecursively();
    }

    private static void openStatement(long repId) {
        UI.getCurrent().navigate("commission", QueryParameters.simple(java.util.Map.of(
                "rep", String.valueOf(repId), "period", "2026-Q4")));
    }

    @Test
    void theStatementNamesThePactItFollowsItsTargetAndAPlanNotYetSignedOrSaysThatNoneIsInForce() {
        long rep = company.personId(NO_PACT_REP);
        login("manager");
        openStatement(rep);
        assertThat(pactText()).isEqualTo("No sales pact in force for this period: the FY2026 commission plan and the"
                + " targets as they stand pay.");
        assertThat(view().summary.pactPending.isVisible()).isFalse();

        // A pact agreeing 60 % of the goals target, then a plan change after it was signed.
        PlanDetails signed = commission.plan(rep, 2026).orElseThrow();
        BigDecimal goalsYear = company.target(rep, 2026).revenue();
        BigDecimal pactTarget = goalsYear.multiply(new BigDecimal("0.6")).setScale(0, java.math.RoundingMode.HALF_UP);
        PactDocument complete = PactFixtures.complete();
        TargetsStep targets = complete.targets();
        long versionId = PactSigning.sign(pacts, users, "manager", NO_PACT_REP, rep, complete.with(
                new TargetsStep(PactFixtures.FISCAL_2026, pactTarget, pactTarget.multiply(new BigDecimal("0.2")), targets.masLines(), targets.plan(),
                targets.alignment())));
        commission.savePlan(rep, 2026, new BigDecimal("0.10"), new BigDecimal("0.2"), BigDecimal.ONE,
                new BigDecimal("3"), signed.version());

        login(NO_PACT_REP);
        UI.getCurrent().navigate(CommissionView.class);
        RepStatement expected = commission.statement(rep, Q4);
        assertThat(pactText()).startsWith("Follows sales pact v1, signed 18 Nov 2026. It pays by the commission plan"
                + " signed with the pact, and the accelerator counts against the pact revenue target of "
                + commission.format().money(pactTarget) + " a year ("
                + commission.format().money(expected.statement().target().revenue()) + " for this period).")
                .endsWith("Open the pact");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("commission-pact-link"))
                .getHref()).isEqualTo("pacts/" + versionId + "/review");
        // The threshold shown is the one worked out from the pact's target (CommissionServiceTest checks the sum).
        assertThat(view().summary.revenue.detail()).endsWith("accelerator from "
                + commission.format().money(expected.statement().thresholdAmount()));
        // The signed rate pays; the plan changed since is named, not paid.
        assertThat(view().summary.plan.getText()).contains(commission.format().rate(signed.terms().revenueRate())
                + " of revenue");
        Paragraph pending = view().summary.pactPending;
        assertThat(pending.isVisible()).isTrue();
        assertThat(pending.getText()).isEqualTo("The FY2026 plan was changed after the pact was proposed (10.0 % of"
                + " revenue, 20.0 % of gross profit above the minimum, 3× on revenue past 100 % of target). It is not"
                + " yet part of the signed pact: it pays once a new pact version is signed.");
    }

    @SuppressWarnings("unchecked")
    private static StatementGrid grid() {
        return _get(StatementGrid.class, spec -> spec.withId("commission-lines"));
    }

    private static List<StatementLine> lines() {
        return grid().getListDataView().getItems().toList();
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withId("commission-heading")).getText();
    }

    private static CommissionView view() {
        return _get(CommissionView.class);
    }

    @Test
    void aRepSeesTheirOwnLinesWithTheRulesAndTotalsThatMatchTheService() {
        login("rep");
        UI.getCurrent().navigate(CommissionView.class);
        RepStatement expected = commission.statement(company.personId("rep"), Q4);

        assertThat(heading()).isEqualTo("Ravi Patel · Q4 FY2026 · 1 Oct 2026 to 31 Dec 2026");
        assertThat(lines()).isNotEmpty().isEqualTo(expected.statement().lines());
        assertThat(view().summary.total.value()).isEqualTo(commission.format().cents(expected.statement().total()));
        assertThat(view().summary.revenue.value()).isEqualTo(commission.format().money(expected.statement().revenue()));
        assertThat(grid().getColumnByKey("commission").getFooterText())
                .isEqualTo(commission.format().cents(expected.statement().total()));
        assertThat(view().summary.plan.getText()).startsWith("Plan FY2026: ")
                .contains(commission.format().rate(expected.plan().terms().revenueRate()) + " of revenue");
        // The demo rep's pact was changed once: the statement follows version 2 and the plan signed with it.
        assertThat(pactText()).startsWith("Follows sales pact v2, signed ").contains("It pays by the commission plan"
                + " signed with the pact");

        Component rules = GridKt._getCellComponent(grid(), 0, "rule");
        StatementLine first = lines().getFirst();
        assertThat(rules.getElement().getTextRecursively())
                .contains(commission.format().money(first.deal().amount()) + " revenue");
        assertThat(_find(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("commission-rep")))
                .isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("commission-plan-editor"))).isEmpty();
    }

    @Test
    void aRepWithAnotherRepsIdInTheUrlSeesOnlyTheirOwnStatement() {
        long teammate = company.personId(company.teammateOf("rep"));
        login("rep");
        UI.getCurrent().navigate("commission", QueryParameters.simple(java.util.Map.of("rep", String.valueOf(teammate),
                "period", "2026-Q4")));
        NotificationsKt.expectNotifications("You can only see your own commission statement.");
        assertThat(heading()).startsWith("Ravi Patel · ");
        long rep = company.personId("rep");
        List<Long> ownWon = jdbc.queryForList("select id from deal where owner_id = ? and stage = 'WON'"
                + " and closed_on between '2026-10-01' and '2026-12-31'", Long.class, rep);
        assertThat(lines()).isNotEmpty().allSatisfy(line -> assertThat(ownWon).contains(line.deal().dealId()));
    }

    @Test
    void aRepQuestionsALineAndTheManagerIsNotified() {
        login("rep");
        UI.getCurrent().navigate(CommissionView.class);
        StatementLine first = lines().getFirst();
        _click(_get(GridKt._getCellComponent(grid(), 0, "commission"), Button.class));
        QuestionDialog dialog = _get(QuestionDialog.class);
        _click(dialog.send);
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Say what looks wrong with this line");

        dialog.text.setValue("The GP on this deal looks low");
        _click(dialog.send);
        assertThat(_find(QuestionDialog.class)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from commission_query where deal_id = ? and rep_id = ?",
                Integer.class, first.deal().dealId(), company.personId("rep"))).isEqualTo(1);
        Component cell = GridKt._getCellComponent(grid(), 0, "commission");
        assertThat(_find(cell, Button.class)).isEmpty();
        assertThat(_get(cell, Span.class, spec -> spec.withClasses("commission-question-open")).getText())
                .isEqualTo("Question open");
        assertThat(_get(QuestionList.class, spec -> spec.withId("commission-questions")).getElement()
                .getTextRecursively()).contains("The GP on this deal looks low", "Waiting for an answer");

        TestSupport.signIn(users, "manager");
        List<NotificationLine> told = notifications.unread().stream()
                .filter(n -> n.kind().equals("COMMISSION_QUESTION")).toList();
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.message()).isEqualTo("Ravi Patel questions the commission on " + first.deal().name()
                    + " (won " + commission.format().date(first.deal().wonOn()) + "): The GP on this deal looks low");
            assertThat(n.link()).isEqualTo("commission?rep=" + company.personId("rep") + "&period=2026-Q4");
        });
    }

    @Test
    void aManagerAnswersAQuestionFromTheListAndTheRepIsTold() {
        long rep = company.personId("rep");
        TestSupport.signIn(users, "rep");
        long dealId = commission.statement(rep, Q4).statement().lines().getFirst().deal().dealId();
        commission.questionLine(dealId, "Why is there no accelerator?");

        login("manager");
        UI.getCurrent().navigate(CommissionView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("commission-hint")).getText())
                .isEqualTo("Choose a rep to see their commission statement.");
        QuestionList toAnswer = _get(QuestionList.class, spec -> spec.withId("commission-to-answer"));
        assertThat(toAnswer.getElement().getTextRecursively()).contains("Ravi Patel", "Why is there no accelerator?");

        _click(_get(toAnswer, Button.class, spec -> spec.withClasses("commission-answer")));
        QuestionDialog dialog = _get(QuestionDialog.class);
        dialog.text.setValue("Your quarter target is not reached yet.");
        _click(dialog.send);
        assertThat(jdbc.queryForObject("select answer from commission_query where deal_id = ?", String.class, dealId))
                .isEqualTo("Your quarter target is not reached yet.");
        assertThat(toAnswer.getElement().getTextRecursively()).contains("No open questions.");

        TestSupport.signIn(users, "rep");
        assertThat(notifications.unread()).filteredOn(n -> n.kind().equals("COMMISSION_ANSWER")).singleElement()
                .satisfies(n -> assertThat(n.message()).endsWith(": Your quarter target is not reached yet."));
    }

    @Test
    void aManagerPicksATeamRepButNotAnotherTeamsRep() {
        login("manager");
        UI.getCurrent().navigate("commission", QueryParameters.simple(java.util.Map.of(
                "rep", String.valueOf(company.personId(company.repOfAnotherTeam("manager"))), "period", "2026-Q4")));
        NotificationsKt.expectNotifications("That statement is not available to you.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("commission-hint")).isVisible()).isTrue();
        assertThat(_find(StatementGrid.class)).isEmpty(); // hidden with the statement

        @SuppressWarnings("unchecked")
        var picker = (com.vaadin.flow.component.combobox.ComboBox<com.salespact.people.PersonSummary>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("commission-rep"));
        assertThat(picker.getListDataView().getItems().map(p -> p.username()))
                .contains("rep").doesNotContain(company.repOfAnotherTeam("manager"));
        picker.setValue(picker.getListDataView().getItems().filter(p -> p.username().equals("rep")).findFirst()
                .orElseThrow());
        assertThat(heading()).startsWith("Ravi Patel · Q4 FY2026");
        assertThat(lines()).hasSize(commission.statement(company.personId("rep"), Q4).statement().lines().size());
        assertThat(_find(GridKt._getCellComponent(grid(), 0, "commission"), Button.class)).isEmpty();
    }

    @Test
    void aManagerSetsAPlanBadInputLandsAtTheField() {
        login("manager");
        UI.getCurrent().navigate("commission", QueryParameters.simple(java.util.Map.of(
                "rep", String.valueOf(company.personId("rep")), "period", UNUSED_YEAR + "-Q1")));
        assertThat(view().summary.plan.getText()).startsWith("No commission plan for FY" + UNUSED_YEAR);
        CommissionPlanForm form = _get(CommissionPlanForm.class);
        form.revenueRate.setValue(new BigDecimal("3.5"));
        form.gpRate.setValue(new BigDecimal("9"));
        form.threshold.setValue(new BigDecimal("110"));
        form.multiplier.setValue(new BigDecimal("0.5"));
        _click(_get(Button.class, spec -> spec.withId("commission-plan-save")));
        assertThat(form.multiplier.isInvalid()).isTrue();
        assertThat(form.multiplier.getErrorMessage()).isEqualTo("The multiplier is at least 1 (an accelerator never pays less)");
        assertThat(jdbc.queryForObject("select count(*) from commission_plan where fiscal_year = ?", Integer.class,
                UNUSED_YEAR)).isZero();

        form.multiplier.setValue(new BigDecimal("2"));
        _click(_get(Button.class, spec -> spec.withId("commission-plan-save")));
        assertThat(jdbc.queryForObject("select revenue_rate from commission_plan where fiscal_year = ?",
                BigDecimal.class, UNUSED_YEAR)).isEqualByComparingTo("0.035");
        assertThat(view().summary.plan.getText()).isEqualTo("Plan FY" + UNUSED_YEAR + ": 3.5 % of revenue on every"
                + " won deal. Revenue past 110 % of the period revenue target earns 2× that rate (7.0 %). On top,"
                + " 9.0 % of the gross profit above the period minimum.");
        assertThat(form.revenueRate.getValue()).isEqualByComparingTo("3.5");
    }

    @Test
    void theStatementOnScreenFollowsADealWonMeanwhile() {
        login("rep");
        UI.getCurrent().navigate(CommissionView.class);
        int before = lines().size();
        long account = company.firstAccountOf("rep");
        DealDraft draft = new DealDraft();
        draft.setName("Commission live win");
        draft.setAccountId(account);
        draft.setAmount(new BigDecimal("8000"));
        draft.setGrossProfit(new BigDecimal("2400"));
        draft.setExpectedCloseDate(LocalDate.of(2026, 11, 30));
        draft.setStage(Stage.WON);
        DealDetails won = deals.save(null, 0, null, draft);
        createdDeals.add(won.id());

        awaitUntil(() -> lines().size() == before + 1);
        assertThat(lines()).anySatisfy(line -> assertThat(line.deal().name()).isEqualTo("Commission live win"));
        assertThat(view().summary.total.value()).isEqualTo(commission.format().cents(
                commission.statement(company.personId("rep"), Q4).statement().total()));
    }

    @Test
    void theMonthAndYearStatementsAreInTheUrlAndTheWallScreenShowsNoCommission() {
        login("rep");
        UI.getCurrent().navigate("commission", QueryParameters.simple(java.util.Map.of("period", "2026-M11")));
        assertThat(heading()).isEqualTo("Ravi Patel · November 2026 · 1 Nov 2026 to 30 Nov 2026");
        assertThat(lines()).allSatisfy(line -> assertThat(line.deal().wonOn().getMonthValue()).isEqualTo(11));
        view().choice.kindSelect.setValue(PeriodKind.YEAR);
        assertThat(heading()).startsWith("Ravi Patel · FY2026 · 1 Jan 2026");
        assertThat(view().choice.periodSelect.getValue().token()).isEqualTo("2026");

        TestSupport.signIn(users, "manager");
        String token = displays.create("Commission view test TV", company.teamOf("rep"), 20);
        TestSupport.signOut();
        UI.getCurrent().navigate("wall/" + token);
        assertThat(_find(CommissionView.class)).isEmpty();
        assertThat(UI.getCurrent().getElement().getTextRecursively().toLowerCase(Locale.ROOT))
                .doesNotContain("commission");
    }
}
