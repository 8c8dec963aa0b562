package com.salespact.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.base.ui.KaribuTest;
import com.salespact.commission.CommissionService;
import com.salespact.commission.StatementPeriod;
import com.salespact.commission.ui.CommissionView;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.deals.ui.AccountView;
import com.salespact.deals.ui.DealView;
import com.salespact.pact.PactService;
import com.salespact.pact.ui.PactPrintView;
import com.salespact.pact.ui.PactWizardView;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ui.ReviewView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 7, part 5: the rep "rep" tries to reach other reps' deals, accounts, pacts, reviews and commission statements by URL,
 * by tampering with a query parameter and by calling the services directly. Every attempt is denied (or answered with
 * the rep's own data), nothing of the other record reaches the page, and no write lands.
 *
 * <p>To cover a new feature (feedback), add its lines to {@link #othersRecords()}: the detail route of a
 * teammate's and another team's record, its view class, a text only that record shows, and its service read/write.
 * Per-feature tests (DealViewsTest, AccountViewsTest, PactWizardViewTest, CommissionViewTest, RowScopingTest,
 * *ServiceTest) check the same rules one by one; this test is the one place that lists them all.
 */
class RepIsolationTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired DealService deals;
    @Autowired AccountService accounts;
    @Autowired PactService pacts;
    @Autowired CommissionService commission;
    @Autowired ReviewService reviews;

    /** Another person's record and every way a rep could try to reach it. */
    record OthersRecord(String what, String route, Class<? extends Component> detailView, String secret,
                        ThrowingCallable serviceRead, ThrowingCallable serviceWrite) {
    }

    /** A rep of the same team as "rep" (the harder case: same manager, same dashboard) and one of the other team. */
    private List<String> otherReps() {
        String teammate = company.reps().inTeamOf("rep").withAPact().first();
        String otherTeam = company.reps().outsideTeamOf("rep").withAPact().first();
        return List.of(teammate, otherTeam);
    }

    private List<OthersRecord> othersRecords() {
        List<OthersRecord> records = new ArrayList<>();
        long rep = company.personId("rep");
        for (String other : otherReps()) {
            long owner = company.personId(other);
            // A deal and an account whose names "rep" has nowhere in their own data, so the name would be a leak.
            var deal = jdbc.queryForMap("""
                    select d.id, d.name, d.version from deal d where d.owner_id = ? and d.stage = 'PROSPECT'
                      and d.name not in (select name from deal where owner_id = ?) order by d.id fetch first 1 rows only""",
                    owner, rep);
            long dealId = ((Number) deal.get("ID")).longValue();
            long dealVersion = ((Number) deal.get("VERSION")).longValue();
            records.add(new OthersRecord("deal of " + other, "deals/" + dealId, DealView.class, (String) deal.get("NAME"),
                    () -> deals.load(dealId), () -> deals.moveStage(dealId, Stage.QUALIFIED, dealVersion)));

            var account = jdbc.queryForMap("""
                    select a.id, a.name, a.version from account a where a.owner_id = ?
                      and a.name not in (select name from account where owner_id = ?) order by a.id fetch first 1 rows only""",
                    owner, rep);
            long accountId = ((Number) account.get("ID")).longValue();
            long accountVersion = ((Number) account.get("VERSION")).longValue();
            records.add(new OthersRecord("account of " + other, "accounts/" + accountId, AccountView.class,
                    (String) account.get("NAME"), () -> accounts.accountPage(accountId),
                    () -> accounts.reassign(accountId, accountVersion, rep, true)));

            var pact = company.pactVersion(company.lastPactVersionOf(other));
            long versionId = pact.id();
            long pactVersion = pact.version();
            String fullName = company.fullName(other);
            records.add(new OthersRecord("pact of " + other, "pacts/" + versionId + "/targets", PactWizardView.class,
                    null, () -> pacts.load(versionId), () -> pacts.signAsRep(versionId, pactVersion)));
            records.add(new OthersRecord("printed pact of " + other, "pact-print/" + versionId, PactPrintView.class,
                    null, () -> pacts.history(owner), () -> pacts.openDraft(owner)));

            StatementPeriod quarter = StatementPeriod.parse("2026-Q4").orElseThrow();
            records.add(new OthersRecord("commission statement of " + other,
                    "commission?rep=" + owner + "&period=2026-Q4", null, fullName + " · ",
                    () -> commission.statement(owner, quarter), () -> commission.savePlan(owner, 2026,
                    new java.math.BigDecimal("0.10"), null, null, null, null)));
            Long reviewId = jdbc.queryForObject("select min(id) from review where rep_id = ?", Long.class, owner);
            if (reviewId != null) {
                records.add(new OthersRecord("review of " + other, "reviews/" + reviewId, ReviewView.class, null,
                        () -> reviews.open(reviewId), () -> reviews.addAgendaItem(reviewId, "tampered", false)));
            }
            // feedback: add its lines here (route, view, service read and write) in the same way.
        }
        return records;
    }

    @Test
    void aRepReachesNoOtherRepsRecordByUrl() {
        List<OthersRecord> records = othersRecords();
        login("rep");
        for (OthersRecord record : records) {
            navigate(record.route());
            if (record.detailView() != null) {
                assertThat(_find(record.detailView())).as(record.what() + " at /" + record.route()).isEmpty();
            } else {
                assertThat(_find(CommissionView.class)).as("own statement instead").hasSize(1);
            }
            if (record.secret() != null) {
                assertThat(pageText()).as("page after /" + record.route()).doesNotContain(record.secret());
            }
        }
    }

    @Test
    void aRepTamperingWithTheOwnerParameterStillSeesOnlyOwnDeals() {
        long rep = company.personId("rep");
        List<String> others = otherReps();
        login("rep");
        for (String other : others) {
            navigate("deals?view=list&status=all&owner=" + company.personId(other));
            String list = _find(Component.class, spec -> spec.withId("deal-list")).getFirst().getElement()
                    .getProperty("innerHTML");
            List<Long> shown = Pattern.compile("class=\"deal-list-open\" href=\"deals/(\\d+)\"").matcher(list).results()
                    .map(match -> Long.valueOf(match.group(1))).toList();
            assertThat(shown).isNotEmpty().allSatisfy(id -> assertThat(company.deal(id).ownerId()).isEqualTo(rep));
            assertThat(list).as("the pager counts only the rep's own deals")
                    .contains(" of " + company.dealCountOf("rep") + "</span>");

            navigate("accounts?owner=" + company.personId(other));
            assertThat(pageText()).doesNotContain(company.fullName(other));
        }
    }

    @Test
    void aRepCallingServicesDirectlyIsDeniedAndNothingIsWritten() {
        List<OthersRecord> records = othersRecords();
        String before = fingerprint();
        TestSupport.signIn(users, "rep");
        for (OthersRecord record : records) {
            assertThatThrownBy(record.serviceRead()).as("read " + record.what())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(record.serviceWrite()).as("write " + record.what())
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestSupport.signOut();
        assertThat(fingerprint()).isEqualTo(before);
    }

    private void navigate(String route) {
        String[] parts = route.split("\\?", 2);
        if (parts.length == 1) {
            UI.getCurrent().navigate(parts[0]);
        } else {
            UI.getCurrent().navigate(parts[0], QueryParameters.fromString(parts[1]));
        }
    }

    private static String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    /** Row versions of everything a rep could try to change: any write bumps one of them. */
    private String fingerprint() {
        return jdbc.queryForObject("""
                select (select count(*) || ':' || coalesce(sum(version), 0) from deal) || '/'
                    || (select count(*) || ':' || coalesce(sum(version), 0) from account) || '/'
                    || (select count(*) || ':' || coalesce(sum(version), 0) from pact_version) || '/'
                    || (select count(*) from commission_plan) || '/' || (select count(*) from stage_change) || '/'
                    || (select count(*) from agenda_item)""",
                String.class);
    }
}
