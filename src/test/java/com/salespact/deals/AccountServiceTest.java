package com.salespact.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.people.RepStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accounts through the service, as the views use it: row scoping (rep own, manager team, admin all), plan rules,
 * reassignment with history, and version conflicts. Every row written here is put back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private final List<Runnable> cleanUp = new ArrayList<>();
    private KeptRows kept;

    @BeforeEach
    void keepRows() {
        kept = new KeptRows(jdbc);
    }

    @AfterEach
    void putBack() {
        TestSupport.signOut();
        cleanUp.reversed().forEach(Runnable::run);
        cleanUp.clear();
        kept.restore();
    }

    // --- reading --------------------------------------------------------------------------------------

    @Test
    void repListsExactlyTheirOwnAccountsWithFiguresSummedInTheDatabase() {
        long rep = company.personId("rep");
        int own = jdbc.queryForObject("select count(*) from account where owner_id = ?", Integer.class, rep);
        TestSupport.signIn(users, "rep");

        List<AccountRow> rows = accounts.list(AccountFilter.all(), 0, 200, Sort.unsorted());
        assertThat(own).isPositive();
        assertThat(rows).hasSize(own).allSatisfy(row -> assertThat(row.ownerId()).isEqualTo(rep));
        assertThat(accounts.count(AccountFilter.all())).isEqualTo(own);
        long teammate = company.personId(company.teammateOf("rep"));
        assertThat(accounts.list(AccountFilter.all().withOwner(teammate), 0, 50, null))
                .as("an owner filter cannot widen a rep's scope").isEmpty();

        AccountRow richest = accounts.list(AccountFilter.all(), 0, 1, Sort.by(Sort.Order.desc("openPipeline")))
                .getFirst();
        assertThat(richest.openPipeline()).isEqualByComparingTo(jdbc.queryForObject("""
                select coalesce(sum(amount), 0) from deal where account_id = ?
                and stage in ('PROSPECT', 'QUALIFIED', 'PROPOSAL', 'NEGOTIATION')""", BigDecimal.class, richest.id()));
        assertThat(richest.wonThisYear()).isEqualByComparingTo(jdbc.queryForObject("""
                select coalesce(sum(amount), 0) from deal where account_id = ? and stage = 'WON'
                and closed_on between date '2026-01-01' and date '2026-12-31'""", BigDecimal.class, richest.id()));
        assertThat(rows).extracting(AccountRow::openPipeline)
                .allSatisfy(amount -> assertThat(amount).isLessThanOrEqualTo(richest.openPipeline()));
    }

    @Test
    void filtersByClassTypeAndTextWithinScope() {
        TestSupport.signIn(users, "manager");
        List<AccountRow> classA = accounts.list(AccountFilter.all().withClass(AccountClass.A), 0, 200, null);
        assertThat(classA).isNotEmpty().allSatisfy(row -> assertThat(row.accountClass()).isEqualTo(AccountClass.A));
        assertThat(classA).hasSize(jdbc.queryForObject("""
                select count(*) from account a join person p on p.id = a.owner_id
                join team t on t.id = p.team_id join person m on m.id = t.manager_id
                where m.username = 'manager' and a.account_class = 'A'""", Integer.class));

        List<AccountRow> existing = accounts.list(AccountFilter.all().withBusinessType(BusinessType.EXISTING), 0, 200,
                null);
        assertThat(existing).isNotEmpty()
                .allSatisfy(row -> assertThat(row.businessType()).isEqualTo(BusinessType.EXISTING));

        String name = classA.getFirst().name();
        assertThat(accounts.list(AccountFilter.all().withText(name.substring(0, 5).toUpperCase()), 0, 50, null))
                .extracting(AccountRow::name).contains(name);
        assertThat(accounts.visibleAccounts(name, 10)).extracting(AccountChoice::name).contains(name);
    }

    @Test
    void repCannotReadOrChangeAnotherRepsAccountOrPlanAndNothingIsWritten() {
        long teammates = company.firstAccountOf(company.teammateOf("rep"), AccountClass.A);
        String nameBefore = company.account(teammates).name();
        String objectivesBefore = company.accountPlan(teammates).objectives();
        long version = company.account(teammates).version();
        Long planVersion = company.accountPlan(teammates).version();
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> accounts.accountPage(teammates)).isInstanceOf(AccessDeniedException.class);
        AccountDraft rename = new AccountDraft();
        rename.setName("Mine now");
        assertThatThrownBy(() -> accounts.save(teammates, version, rename)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.savePlan(teammates, planVersion, plan("Take it over", TODAY.plusDays(30))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.visibleAccounts(nameBefore, 10)).isEmpty();

        assertThat(company.account(teammates).name())
                .isEqualTo(nameBefore);
        assertThat(company.accountPlan(teammates).objectives()).isEqualTo(objectivesBefore);
    }

    @Test
    void managerSeesOwnTeamsAccountsButNotTheOtherTeams() {
        long ownTeam = company.firstAccountOf(company.teammateOf("rep"));
        long otherTeam = company.firstAccountOf(company.repOfAnotherTeam("rep"));
        TestSupport.signIn(users, "manager");
        assertThat(accounts.accountPage(ownTeam)).isPresent();
        assertThatThrownBy(() -> accounts.accountPage(otherTeam)).isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "admin");
        assertThat(accounts.accountPage(otherTeam)).isPresent();
        assertThat(accounts.count(AccountFilter.all()))
                .isEqualTo(jdbc.queryForObject("select count(*) from account", Integer.class));
    }

    // --- plans ----------------------------------------------------------------------------------------

    @Test
    void ownerSavesThePlanAndAStaleVersionIsRefusedWithoutOverwriting() {
        long account = company.firstAccountOf("rep", AccountClass.A);
        kept.account(account);
        TestSupport.signIn(users, "rep");
        AccountDetails before = accounts.accountPage(account).orElseThrow();
        assertThat(before.plan()).as("seeded A accounts have plans").isNotNull();

        AccountDetails saved = accounts.savePlan(account, before.planVersion(),
                plan("Grow to 300k in 2027", TODAY.plusDays(40)));
        assertThat(saved.plan().objectives()).isEqualTo("Grow to 300k in 2027");
        assertThat(saved.plan().reviewDate()).isEqualTo(TODAY.plusDays(40));
        assertThat(saved.planVersion()).isEqualTo(before.planVersion() + 1);

        assertThatThrownBy(() -> accounts.savePlan(account, before.planVersion(), plan("Stale", TODAY.plusDays(5))))
                .isInstanceOf(ConcurrentEditException.class).hasMessageContaining("Someone else saved");
        assertThat(company.accountPlan(account).objectives()).isEqualTo("Grow to 300k in 2027");
    }

    @Test
    void planRulesNameTheirFieldAndSaveNothing() {
        long account = company.firstAccountOf("rep", AccountClass.B);
        kept.account(account);
        String objectivesBefore = company.accountPlan(account).objectives();
        TestSupport.signIn(users, "rep");
        Long version = accounts.accountPage(account).orElseThrow().planVersion();

        assertThatThrownBy(() -> accounts.savePlan(account, version, plan("Win them", TODAY.minusYears(1).minusDays(1))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reviewDate"));
        assertThatThrownBy(() -> accounts.savePlan(account, version, plan(" ", TODAY)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("objectives"));
        assertThatThrownBy(() -> accounts.savePlan(account, version, plan("x".repeat(4001), TODAY)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("objectives"));
        assertThat(company.accountPlan(account).objectives()).isEqualTo(objectivesBefore);

        // A year ago to the day is still allowed.
        assertThat(accounts.savePlan(account, version, plan("Win them", TODAY.minusYears(1))).plan().reviewDate())
                .isEqualTo(TODAY.minusYears(1));
    }

    @Test
    void classCAccountsHaveNoPlan() {
        long account = company.firstAccountOf("rep", AccountClass.C);
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> accounts.savePlan(account, null, plan("Anything", TODAY.plusDays(10))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("A and B");
        assertThat(jdbc.queryForObject("select count(*) from account_plan where account_id = ?", Integer.class,
                account)).isZero();
    }

    // --- reassignment ---------------------------------------------------------------------------------

    @Test
    void managerReassignsWithinTheTeamAndHistoryRecordsWhoWhenFromAndTo() {
        String from = "rep";
        String to = company.reps().inTeamOf("rep").withStyle(RepStyle.HUNTER).first();
        long account = company.firstAccountOf(from, BusinessType.NEW);
        kept.account(account);
        TestSupport.signIn(users, "manager");
        AccountDetails before = accounts.accountPage(account).orElseThrow();

        AccountDetails after = accounts.reassign(account, before.version(), company.personId(to), false);

        assertThat(after.ownerId()).isEqualTo(company.personId(to));
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(jdbc.queryForMap("""
                select from_owner_id, to_owner_id, changed_by, changed_at from account_owner_change
                where account_id = ?""", account)).containsEntry("FROM_OWNER_ID", company.personId(from))
                .containsEntry("TO_OWNER_ID", company.personId(to))
                .containsEntry("CHANGED_BY", company.personId("manager"));
        assertThat(after.ownerHistory()).hasSize(1).first().satisfies(move -> {
            assertThat(move.fromOwnerId()).isEqualTo(company.personId(from));
            assertThat(move.toOwnerId()).isEqualTo(company.personId(to));
            assertThat(move.byName()).isNotBlank();
            assertThat(move.at()).isEqualTo(Instant.parse("2026-11-18T10:00:00Z"));
        });
        assertThatThrownBy(() -> accounts.reassign(account, before.version(), company.personId(from), false))
                .as("a second reassignment from the same stale page").isInstanceOf(ConcurrentEditException.class);
        assertThat(company.account(account).ownerId()).isEqualTo(company.personId(to));
    }

    @Test
    void managerCannotReassignOutsideTheTeamAndRepsCannotReassignAtAll() {
        long ownTeamAccount = company.firstAccountOf("rep");
        long otherTeamAccount = company.firstAccountOf(company.repOfAnotherTeam("rep"));
        long otherTeamRep = company.personId(company.repOfAnotherTeam("rep"));
        long teammate = company.personId(company.teammateOf("rep"));
        long ownVersion = company.account(ownTeamAccount).version();
        long otherVersion = company.account(otherTeamAccount).version();

        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> accounts.reassign(ownTeamAccount, ownVersion, otherTeamRep, true))
                .as("to a rep of another team").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.reassign(otherTeamAccount, otherVersion, teammate, true))
                .as("another team's account").isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> accounts.reassign(ownTeamAccount, ownVersion, teammate, true))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(company.account(ownTeamAccount).ownerId()).isEqualTo(company.personId("rep"));
        assertThat(jdbc.queryForObject("select count(*) from account_owner_change where account_id in (?, ?)",
                Integer.class, ownTeamAccount, otherTeamAccount)).isZero();
    }

    @Test
    void aRepOfTheWrongStyleIsAWarningThatForceOverrides() {
        long account = company.firstAccountOf("rep", BusinessType.NEW);
        String farmer = company.reps().inTeamOf("rep").withStyle(RepStyle.FARMER).first();
        kept.account(account);
        TestSupport.signIn(users, "manager");
        long version = accounts.accountPage(account).orElseThrow().version();

        assertThatThrownBy(() -> accounts.reassign(account, version, company.personId(farmer), false))
                .isInstanceOf(OwnerStyleMismatch.class).hasMessageContaining("hunters");
        assertThat(company.account(account).ownerId()).isEqualTo(company.personId("rep"));

        assertThat(accounts.reassign(account, version, company.personId(farmer), true).ownerId())
                .isEqualTo(company.personId(farmer));
    }

    // --- create and edit ------------------------------------------------------------------------------

    @Test
    void repCreatesAnAccountOwnedByThemselvesWhateverTheDraftSays() {
        AccountDraft draft = new AccountDraft();
        draft.setName("  Test Harbour Logistics ");
        draft.setOwnerId(company.personId(company.teammateOf("rep")));
        draft.setAccountClass(AccountClass.B);
        draft.setBusinessType(BusinessType.NEW);
        draft.setCity("Leeds");
        TestSupport.signIn(users, "rep");

        AccountDetails created = accounts.save(null, 0, draft);
        cleanUp.add(() -> jdbc.update("delete from account where id = ?", created.id()));

        assertThat(created.name()).isEqualTo("Test Harbour Logistics");
        assertThat(created.ownerId()).isEqualTo(company.personId("rep"));
        assertThat(created.ownerHistory()).singleElement()
                .satisfies(move -> assertThat(move.fromOwnerId()).isNull());
        assertThat(created.openPipeline()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(created.plan()).isNull();
    }

    @Test
    void editRulesAndStaleVersionsSaveNothing() {
        long account = company.firstAccountOf("rep");
        kept.account(account);
        TestSupport.signIn(users, "rep");
        AccountDetails loaded = accounts.accountPage(account).orElseThrow();

        AccountDraft blank = AccountDraft.of(loaded);
        blank.setName(" ");
        assertThatThrownBy(() -> accounts.save(account, loaded.version(), blank))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("name"));
        AccountDraft longCity = AccountDraft.of(loaded);
        longCity.setCity("c".repeat(81));
        assertThatThrownBy(() -> accounts.save(account, loaded.version(), longCity))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("city"));

        AccountDraft moved = AccountDraft.of(loaded);
        moved.setCity("Harrogate");
        assertThat(accounts.save(account, loaded.version(), moved).city()).isEqualTo("Harrogate");
        AccountDraft stale = AccountDraft.of(loaded);
        stale.setCity("York");
        assertThatThrownBy(() -> accounts.save(account, loaded.version(), stale))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(company.account(account).city())
                .isEqualTo("Harrogate");
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static AccountPlanDraft plan(String objectives, LocalDate reviewDate) {
        AccountPlanDraft draft = new AccountPlanDraft();
        draft.setObjectives(objectives);
        draft.setKeyContacts("Ada Example (CFO)");
        draft.setNextSteps("Workshop");
        draft.setReviewDate(reviewDate);
        return draft;
    }
}
