package com.salespact.pact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import com.salespact.base.ui.KaribuTest;
import com.salespact.commission.CommissionFormat;
import com.salespact.commission.CommissionService;
import com.salespact.commission.CommissionTestData;
import com.salespact.commission.PlanDetails;
import com.salespact.commission.PlanTerms;
import com.salespact.pact.PactFixtures;
import com.salespact.pact.PactService;
import com.salespact.pact.PactSigning;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The commission plan inside the pact: shown as it stands in a draft's step 1, frozen on proposal so the rep signs
 * exactly those terms, a later change of the plan shown as not yet part of the signed pact, and the next version
 * marking the plan it brings in.
 */
class PactCommissionViewTest extends KaribuTest {

    /** A rep the demo data gives no pact. */
    static final String REP = "jberg";

    @Autowired JdbcTemplate jdbc;
    @Autowired PactService pacts;
    @Autowired CommissionService commission;
    @Autowired UserDetailsService users;

    /** The seeded FY2026 plan of {@link #REP}, put back after a test changed it. */
    private Map<String, Object> seededPlan;

    /** The rep's targets, plan and everybody's notifications are put back after each test (see KaribuTest). */
    @BeforeEach
    void keepTheRepsFigures() {
        long rep = company.personId(REP);
        kept.targetsOfPerson(rep).keep("commission_plan", "rep_id = ?", rep).addedTo("app_notification");
    }

    @BeforeEach
    @AfterEach
    void cleanUp() {
        long rep = repId();
        PactSigning.remove(jdbc, rep);
        jdbc.update("delete from app_notification where kind like 'COMMISSION%'");
        seededPlan = CommissionTestData.restorePlan(jdbc, rep, seededPlan);
    }

    private long repId() {
        return company.personId(REP);
    }

    /** The plan in the commission feature's own words: "4.0 % of revenue, 9.0 % of gross profit …". */
    private String words(PlanTerms terms) {
        CommissionFormat format = commission.format();
        return format.rate(terms.revenueRate()) + " of revenue, " + format.rate(terms.gpRateAboveMin())
                + " of gross profit above the minimum, " + format.multiplier(terms.acceleratorMultiplier())
                + " on revenue past " + format.threshold(terms.acceleratorThreshold()) + " of target";
    }

    private PlanDetails seededPlan() {
        TestSupport.signIn(users, "manager");
        return commission.plan(repId(), 2026).orElseThrow();
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String terms() {
        return _get(Span.class, spec -> spec.withId("pact-commission-terms")).getText();
    }

    @Test
    void aDraftShowsThePlanAsItStandsInStepOneWithTheLinkToChangeIt() {
        PlanDetails plan = seededPlan();
        long versionId = pacts.openDraft(repId());

        login("manager");
        UI.getCurrent().navigate("pacts/" + versionId + "/targets");
        assertThat(terms()).isEqualTo(words(plan.terms()));
        assertThat(text("pact-commission")).contains("Commission plan FY2026",
                "The plan as it stands. It becomes part of the pact when the pact is proposed");
        assertThat(_get(Anchor.class, spec -> spec.withId("pact-commission-link")).getHref())
                .isEqualTo("commission?rep=" + repId() + "&period=2026-Q4");
        assertThat(company.pactVersion(versionId).commissionRevenueRate()).as("nothing frozen in a draft").isNull();
    }

    @Test
    void theSignedPactHoldsTheTermsFrozenOnProposalAndALaterPlanIsNotYetPartOfIt() {
        PlanDetails plan = seededPlan();
        long versionId = PactSigning.sign(pacts, users, "manager", REP, repId(), PactFixtures.complete());
        PlanDetails changed = commission.savePlan(repId(), 2026, new BigDecimal("0.10"), new BigDecimal("0.2"),
                BigDecimal.ONE, new BigDecimal("3"), plan.version());

        // The rep reads the terms they signed, and that the plan has moved on without them.
        login(REP);
        UI.getCurrent().navigate("pacts/" + versionId + "/review");
        assertThat(terms()).isEqualTo(words(plan.terms()));
        assertThat(text("pact-document-targets")).contains("Commission plan FY2026", "Part of this pact version since"
                + " it was proposed: statements pay by these terms while it is in force.");
        assertThat(text("pact-commission-standing")).isEqualTo("The plan has been changed since: "
                + words(changed.terms()) + ". Not yet part of the signed pact: start a new version to agree it.");
        assertThat(_find(Anchor.class, spec -> spec.withId("pact-commission-link"))).as("managers only").isEmpty();

        // The printout is the signed document: the frozen terms, no link.
        UI.getCurrent().navigate("pact-print/" + versionId);
        assertThat(text("pact-print-view")).contains("Commission plan FY2026", words(plan.terms()));
        assertThat(_find(Anchor.class, spec -> spec.withId("pact-commission-link"))).isEmpty();

        // The manager starts version 2: it brings the changed plan in, marked against version 1.
        login("manager");
        UI.getCurrent().navigate("pacts/" + versionId + "/review");
        _click(_get(Button.class, spec -> spec.withId("pact-new-version")));
        UI.getCurrent().navigate(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replace("/targets", "/review"));
        assertThat(terms()).isEqualTo(words(changed.terms()));
        assertThat(text("pact-diff-summary")).contains("1 change compared with signed version 1");
        assertThat(_get(Div.class, spec -> spec.withId("pact-commission")).getElement().getTextRecursively())
                .contains("was: " + words(plan.terms()));
        assertThat(_find(Div.class, spec -> spec.withId("pact-commission-standing"))).isEmpty();
    }

    @Test
    void aPlanChangedDuringAProposalIsNotPartOfItUntilProposedAgain() {
        PlanDetails plan = seededPlan();
        long versionId = PactSigning.propose(pacts, users, "manager", repId(), PactFixtures.complete());
        PlanDetails changed = commission.savePlan(repId(), 2026, new BigDecimal("0.10"), new BigDecimal("0.2"),
                BigDecimal.ONE, new BigDecimal("3"), plan.version());

        login(REP);
        UI.getCurrent().navigate("pacts/" + versionId + "/targets");
        assertThat(terms()).as("the rep signs what was proposed").isEqualTo(words(plan.terms()));
        assertThat(text("pact-commission-standing")).isEqualTo("The plan has been changed since this version was"
                + " proposed: " + words(changed.terms()) + ". Not part of this proposal: reopen it and propose it"
                + " again to include the change.");

        // Reopened and proposed again, the proposal holds the changed plan.
        TestSupport.signIn(users, "manager");
        long version = pacts.reopen(versionId, pacts.load(versionId).orElseThrow().version(), "");
        pacts.propose(versionId, version);
        assertThat(company.pactVersion(versionId).commissionRevenueRate()).isEqualByComparingTo("0.10");
    }

    @Test
    void aVersionSignedWithoutFrozenTermsNamesThePlanThatPaysMeanwhile() {
        PlanDetails plan = seededPlan();
        long versionId = PactSigning.sign(pacts, users, "manager", REP, repId(), PactFixtures.complete());
        // As a version signed before plans were frozen into pacts.
        jdbc.update("update pact_version set commission_fiscal_year = null, commission_revenue_rate = null,"
                + " commission_gp_rate_above_min = null, commission_accelerator_threshold = null,"
                + " commission_accelerator_multiplier = null where id = ?", versionId);

        login(REP);
        UI.getCurrent().navigate("pacts/" + versionId + "/review");
        assertThat(terms()).isEqualTo("None was part of this version.");
        assertThat(text("pact-commission")).contains("No commission plan was part of this version when it was"
                + " proposed; statements pay by the plan as it stands: " + words(plan.terms()) + ".");
        assertThat(_find(Div.class, spec -> spec.withId("pact-commission-standing"))).isEmpty();
    }
}
