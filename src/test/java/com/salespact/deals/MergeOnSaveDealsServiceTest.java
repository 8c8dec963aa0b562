package com.salespact.deals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.FieldConflict;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two editors on one deal, account or account plan, through the services: edits of different fields are both kept,
 * the same field changed differently stops the save with exactly that field, and nothing is written then. Every row
 * changed here is put back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class MergeOnSaveDealsServiceTest {

    @Autowired UserDetailsService users;
    @Autowired DealService deals;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;

    @BeforeEach
    void keepRows() {
        kept = new KeptRows(jdbc);
    }

    @AfterEach
    void putBack() {
        TestSupport.signOut();
        kept.restore();
    }

    @Test
    void dealEditsOfDifferentFieldsAreBothKept() {
        DealDetails opened = openDeal();
        DealDraft tabletA = DealDraft.of(opened);
        tabletA.setAmount(opened.amount().add(new BigDecimal("1000")));
        DealDetails afterA = deals.save(opened.id(), new Edit<>(opened.version(), DealDraft.of(opened), tabletA));

        DealDraft tabletB = DealDraft.of(opened);
        tabletB.setNextStep("Demo for the board on Tuesday");
        DealDetails afterB = deals.save(opened.id(), new Edit<>(opened.version(), DealDraft.of(opened), tabletB));

        assertThat(afterB.version()).isGreaterThan(afterA.version());
        SeededCompany.DealFacts row = company.deal(opened.id());
        assertThat(row.amount()).as("tablet A's amount is not put back")
                .isEqualByComparingTo(opened.amount().add(new BigDecimal("1000")));
        assertThat(row.nextStep()).isEqualTo("Demo for the board on Tuesday");
    }

    @Test
    void dealFieldChangedOnBothSidesIsAConflictNamingOnlyThatFieldAndNothingIsWritten() {
        DealDetails opened = openDeal();
        DealDraft tabletA = DealDraft.of(opened);
        tabletA.setAmount(new BigDecimal("40955"));
        deals.save(opened.id(), new Edit<>(opened.version(), DealDraft.of(opened), tabletA));

        DealDraft tabletB = DealDraft.of(opened);
        tabletB.setAmount(new BigDecimal("40142"));
        tabletB.setNextStep("Should not be saved alone");
        assertThatThrownBy(() -> deals.save(opened.id(), new Edit<>(opened.version(), DealDraft.of(opened), tabletB)))
                .isInstanceOfSatisfying(DealConflictException.class, conflict -> {
                    assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("amount");
                    assertThat(conflict.conflicts().getFirst().mine()).isEqualTo(new BigDecimal("40142"));
                    assertThat((BigDecimal) conflict.conflicts().getFirst().theirs()).isEqualByComparingTo("40955");
                    assertThat(conflict.current().amount()).isEqualByComparingTo("40955");
                });
        assertThat(company.deal(opened.id()).nextStep())
                .as("a conflict writes nothing, not even the other fields").isEqualTo(opened.nextStep());
    }

    @Test
    void theSameValueTypedOnBothSidesIsNoConflict() {
        DealDetails opened = openDeal();
        DealDraft tabletA = DealDraft.of(opened);
        tabletA.setAmount(new BigDecimal("50000"));
        deals.save(opened.id(), new Edit<>(opened.version(), DealDraft.of(opened), tabletA));

        DealDraft tabletB = DealDraft.of(opened);
        tabletB.setAmount(new BigDecimal("50000.00"));
        tabletB.setExpectedCloseDate(opened.expectedCloseDate().plusDays(7));
        DealDetails saved = deals.save(opened.id(), new Edit<>(opened.version(), DealDraft.of(opened), tabletB));
        assertThat(saved.amount()).isEqualByComparingTo("50000");
        assertThat(saved.expectedCloseDate()).isEqualTo(opened.expectedCloseDate().plusDays(7));
    }

    @Test
    void aWholeDraftOverAnOlderVersionIsRefusedForEveryFieldItWouldOverwrite() {
        DealDetails opened = openDeal();
        DealDraft first = DealDraft.of(opened);
        first.setNextStep("First");
        deals.save(opened.id(), opened.version(), opened.ownerId(), first);
        DealDraft stale = DealDraft.of(opened);
        stale.setAmount(opened.amount().add(BigDecimal.ONE));
        assertThatThrownBy(() -> deals.save(opened.id(), opened.version(), opened.ownerId(), stale))
                .isInstanceOfSatisfying(DealConflictException.class, conflict -> assertThat(conflict.conflicts())
                        .extracting(FieldConflict::field).containsExactlyInAnyOrder("amount", "nextStep"));
    }

    @Test
    void accountEditsMergeFieldByField() {
        long accountId = kept.account(company.lastAccountOf("rep"));
        TestSupport.signIn(users, "rep");
        AccountDetails opened = accounts.accountPage(accountId).orElseThrow();

        AccountDraft first = AccountDraft.of(opened);
        first.setCity("Harrogate");
        accounts.save(accountId, new Edit<>(opened.version(), AccountDraft.of(opened), first));
        AccountDraft second = AccountDraft.of(opened);
        second.setIndustry("Logistics");
        AccountDetails merged = accounts.save(accountId, new Edit<>(opened.version(), AccountDraft.of(opened), second));
        assertThat(merged.city()).isEqualTo("Harrogate");
        assertThat(merged.industry()).isEqualTo("Logistics");

        AccountDraft third = AccountDraft.of(opened);
        third.setCity("York");
        assertThatThrownBy(() -> accounts.save(accountId, new Edit<>(opened.version(), AccountDraft.of(opened), third)))
                .isInstanceOfSatisfying(AccountConflictException.class, conflict -> {
                    assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("city");
                    assertThat(conflict.currentVersion()).isEqualTo(merged.version());
                });
        assertThat(company.account(accountId).city())
                .isEqualTo("Harrogate");
    }

    @Test
    void accountPlanEditsMergeFieldByField() {
        long accountId = kept.account(company.lastAccountOf("rep", AccountClass.A, AccountClass.B));
        TestSupport.signIn(users, "rep");
        AccountDetails opened = accounts.accountPage(accountId).orElseThrow();
        long version = opened.planVersion() == null ? Edit.NOT_SAVED_YET : opened.planVersion();
        AccountPlanDraft base = AccountPlanDraft.of(opened.plan());

        AccountPlanDraft manager = AccountPlanDraft.of(opened.plan());
        manager.setObjectives("Grow the service contract");
        manager.setReviewDate(LocalDate.of(2026, 12, 15));
        accounts.savePlan(accountId, new Edit<>(version, base, manager));
        AccountPlanDraft rep = AccountPlanDraft.of(opened.plan());
        rep.setKeyContacts("Ada Example (CFO)");
        if (rep.getObjectives() == null) {
            rep.setObjectives("Grow the service contract");
        }
        rep.setReviewDate(rep.getReviewDate() == null ? LocalDate.of(2026, 12, 15) : rep.getReviewDate());
        AccountDetails merged = accounts.savePlan(accountId, new Edit<>(version, base, rep));
        assertThat(merged.plan().objectives()).isEqualTo("Grow the service contract");
        assertThat(merged.plan().keyContacts()).isEqualTo("Ada Example (CFO)");
    }

    private DealDetails openDeal() {
        long dealId = kept.deal(company.lastDealOf("rep", Stage.PROPOSAL));
        TestSupport.signIn(users, "rep");
        return deals.load(dealId).orElseThrow();
    }
}
