package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.activities.ActivityKind;
import com.salespact.activities.ActivityService;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.goals.query.PaceQuery;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A rep reaches only their own rows and a manager only their team's, even calling services directly. */
@SpringBootTest
@ActiveProfiles("test")
class RowScopingTest {

    @Autowired UserDetailsService users;
    @Autowired DealService deals;
    @Autowired ActivityService activities;
    @Autowired PeopleService people;
    @Autowired PaceQuery pace;
    @Autowired CompanySettings settings;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    private long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    private long someDealOf(String username) {
        return jdbc.queryForObject("select min(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username = ? and d.stage = 'PROSPECT'", Long.class, username);
    }

    private String otherRepOfTeam(String username, boolean sameTeam) {
        return jdbc.queryForObject("""
                select min(o.username) from person o join person me on me.username = ?
                where o.role = 'REP' and o.id <> me.id and (o.team_id = me.team_id) = ?""",
                String.class, username, sameTeam);
    }

    @Test
    void repLoadsOwnDealButNotAnotherRepsEvenInTheSameTeam() {
        String teammate = otherRepOfTeam("rep", true);
        long own = someDealOf("rep");
        long teammates = someDealOf(teammate);
        TestSupport.signIn(users, "rep");

        assertThat(deals.find(own)).hasValueSatisfying(deal -> assertThat(deal.getOwnerId()).isEqualTo(personId("rep")));
        assertThatThrownBy(() -> deals.find(teammates)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repCannotChangeAnotherRepsDealAndNothingIsWritten() {
        long teammates = someDealOf(otherRepOfTeam("rep", true));
        long versionBefore = jdbc.queryForObject("select version from deal where id = ?", Long.class, teammates);
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> deals.moveStage(teammates, Stage.QUALIFIED, versionBefore))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select stage from deal where id = ?", String.class, teammates))
                .isEqualTo("PROSPECT");
        assertThat(jdbc.queryForObject("select version from deal where id = ?", Long.class, teammates))
                .isEqualTo(versionBefore);
    }

    @Test
    void repCannotLogActivitiesForSomebodyElse() {
        long teammate = personId(otherRepOfTeam("rep", true));
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> activities.log(teammate, ActivityKind.CALL, LocalDate.of(2026, 11, 18)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repCannotReadAnotherRepsPaceOrPeopleAdministration() {
        long teammate = personId(otherRepOfTeam("rep", true));
        DateRange quarter = settings.calendar().quarterOf(LocalDate.of(2026, 11, 18));
        TestSupport.signIn(users, "rep");

        assertThat(pace.rep(personId("rep"), quarter, LocalDate.of(2026, 11, 18)).personId()).isEqualTo(personId("rep"));
        assertThatThrownBy(() -> pace.rep(teammate, quarter, LocalDate.of(2026, 11, 18)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.visibleReps()).extracting(PersonSummary::username).containsExactly("rep");
    }

    @Test
    void managerSeesOwnTeamOnly() {
        String ownRep = otherRepOfTeam("rep", true);
        String otherTeamRep = otherRepOfTeam("rep", false);
        long ownTeamDeal = someDealOf(ownRep);
        long otherTeamDeal = someDealOf(otherTeamRep);
        TestSupport.signIn(users, "manager");

        assertThat(deals.find(ownTeamDeal)).isPresent();
        assertThatThrownBy(() -> deals.find(otherTeamDeal)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.visibleReps()).hasSize(6).extracting(PersonSummary::username)
                .contains("rep", ownRep).doesNotContain(otherTeamRep);
    }

    @Test
    void adminSeesEverybody() {
        long otherTeamDeal = someDealOf(otherRepOfTeam("rep", false));
        TestSupport.signIn(users, "admin");
        assertThat(deals.find(otherTeamDeal)).isPresent();
        assertThat(people.visibleReps()).hasSize(12);
        assertThat(people.count(null)).isEqualTo(15);
    }

    @Test
    void nobodySignedInGetsNothing() {
        long anyDeal = someDealOf("rep");
        assertThatThrownBy(() -> deals.find(anyDeal)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
