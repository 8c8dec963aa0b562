package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
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
    @Autowired SeededCompany company;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    @Test
    void repLoadsOwnDealButNotAnotherRepsEvenInTheSameTeam() {
        String teammate = company.teammateOf("rep");
        long own = company.firstDealOf("rep", Stage.PROSPECT);
        long teammates = company.firstDealOf(teammate, Stage.PROSPECT);
        TestSupport.signIn(users, "rep");

        long rep = company.personId("rep");
        assertThat(deals.find(own)).hasValueSatisfying(deal -> assertThat(deal.getOwnerId()).isEqualTo(rep));
        assertThatThrownBy(() -> deals.find(teammates)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repCannotChangeAnotherRepsDealAndNothingIsWritten() {
        long teammates = company.firstDealOf(company.teammateOf("rep"), Stage.PROSPECT);
        long versionBefore = company.deal(teammates).version();
        TestSupport.signIn(users, "rep");

        assertThatThrownBy(() -> deals.moveStage(teammates, Stage.QUALIFIED, versionBefore))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(company.deal(teammates).stage())
                .isEqualTo(Stage.PROSPECT);
        assertThat(company.deal(teammates).version())
                .isEqualTo(versionBefore);
    }

    @Test
    void repCannotLogActivitiesForSomebodyElse() {
        long teammate = company.personId(company.teammateOf("rep"));
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> activities.log(teammate, ActivityKind.CALL, LocalDate.of(2026, 11, 18)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void repCannotReadAnotherRepsPaceOrPeopleAdministration() {
        long teammate = company.personId(company.teammateOf("rep"));
        DateRange quarter = settings.calendar().quarterOf(LocalDate.of(2026, 11, 18));
        TestSupport.signIn(users, "rep");

        long rep = company.personId("rep");
        assertThat(pace.rep(rep, quarter, LocalDate.of(2026, 11, 18)).personId()).isEqualTo(rep);
        assertThatThrownBy(() -> pace.rep(teammate, quarter, LocalDate.of(2026, 11, 18)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.search(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.visibleReps()).extracting(PersonSummary::username).containsExactly("rep");
    }

    @Test
    void managerSeesOwnTeamOnly() {
        String ownRep = company.teammateOf("rep");
        String otherTeamRep = company.repOfAnotherTeam("rep");
        long ownTeamDeal = company.firstDealOf(ownRep, Stage.PROSPECT);
        long otherTeamDeal = company.firstDealOf(otherTeamRep, Stage.PROSPECT);
        TestSupport.signIn(users, "manager");

        assertThat(deals.find(ownTeamDeal)).isPresent();
        assertThatThrownBy(() -> deals.find(otherTeamDeal)).isInstanceOf(AccessDeniedException.class);
        assertThat(people.visibleReps()).hasSize(6).extracting(PersonSummary::username)
                .contains("rep", ownRep).doesNotContain(otherTeamRep);
    }

    @Test
    void adminSeesEverybody() {
        long otherTeamDeal = company.firstDealOf(company.repOfAnotherTeam("rep"), Stage.PROSPECT);
        TestSupport.signIn(users, "admin");
        assertThat(deals.find(otherTeamDeal)).isPresent();
        assertThat(people.visibleReps()).hasSize(12);
        assertThat(people.count(null)).isEqualTo(15);
    }

    @Test
    void nobodySignedInGetsNothing() {
        long anyDeal = company.firstDealOf("rep", Stage.PROSPECT);
        assertThatThrownBy(() -> deals.find(anyDeal)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
