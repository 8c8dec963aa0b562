package com.salespact.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.RuleViolation;
import com.salespact.deals.Stage;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Linking an activity to a deal: only a deal the caller may see, and only with the deal's own account. */
@SpringBootTest
@ActiveProfiles("test")
class ActivityDealLinkTest {

    /** The test clock's day. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired UserDetailsService users;
    @Autowired ActivityService activities;
    @Autowired SeededCompany company;
    @Autowired JdbcTemplate jdbc;

    private KeptRows kept;

    @BeforeEach
    void keep() {
        kept = new KeptRows(jdbc).addedTo("activity");
    }

    @AfterEach
    void restore() {
        TestSupport.signOut();
        kept.restore();
    }

    private int activityCount() {
        return jdbc.queryForObject("select count(*) from activity", Integer.class);
    }

    @Test
    void aDealAloneLinksItsAccountToo() {
        long deal = company.firstDealOf("rep", Stage.PROSPECT);
        long rep = company.personId("rep");
        TestSupport.signIn(users, "rep");

        Activity logged = activities.log(rep, ActivityKind.CALL, TODAY, null, deal, null);

        assertThat(logged.getDealId()).isEqualTo(deal);
        assertThat(logged.getAccountId()).isEqualTo(company.deal(deal).accountId());
    }

    @Test
    void repCannotLinkAnotherRepsDealAndNothingIsLogged() {
        long teammates = company.firstDealOf(company.teammateOf("rep"), Stage.PROSPECT);
        long account = company.deal(teammates).accountId();
        long rep = company.personId("rep");
        int before = activityCount();
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> activities.log(rep, ActivityKind.CALL, TODAY, null, teammates, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> activities.log(rep, ActivityKind.CALL, TODAY, account, teammates, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(activityCount()).isEqualTo(before);
    }

    @Test
    void repCannotLinkAnotherRepsAccount() {
        long othersAccount = company.firstAccountOf(company.teammateOf("rep"));
        long rep = company.personId("rep");
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> activities.log(rep, ActivityKind.MEETING, TODAY, othersAccount, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDealOfAnotherAccountIsRefused() {
        long deal = company.firstDealOf("rep", Stage.PROSPECT);
        long dealsAccount = company.deal(deal).accountId();
        long otherAccount = jdbc.queryForObject("""
                select min(a.id) from account a join person p on p.id = a.owner_id
                where p.username = 'rep' and a.id <> ?""", Long.class, dealsAccount);
        long rep = company.personId("rep");
        int before = activityCount();
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> activities.log(rep, ActivityKind.CALL, TODAY, otherAccount, deal, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("another account");
        assertThat(activityCount()).isEqualTo(before);
    }
}
