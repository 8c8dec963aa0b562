package com.salespact.activities.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Pace;
import com.salespact.security.DisplayGrant;
import com.salespact.security.DisplayTokenService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * A team's week against the minimum standards, for the people who lead the team (clock frozen on Wednesday
 * 2026-11-18): managers their own team, admins any, reps and wall screens never; reps behind first, each rep's figures
 * exactly their own scorecard's.
 */
@SpringBootTest
@ActiveProfiles("test")
class TeamWeekScorecardTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final DateRange WEEK = FiscalCalendar.isoWeekOf(TODAY);

    @Autowired ScorecardQuery scorecards;
    @Autowired UserDetailsService users;
    @Autowired SeededCompany company;
    @Autowired DisplayTokenService displays;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        jdbc.update("delete from display_token where name = 'Team week test TV'");
    }

    @Test
    void aManagerGetsEveryRepOfTheirTeamBehindFirstWithTheRepsOwnFigures() {
        long north = company.teamManagedBy("manager");
        TestSupport.signIn(users, "manager");
        List<WeekScorecard> week = scorecards.teamWeek(north, WEEK, TODAY);

        assertThat(week).extracting(WeekScorecard::repName)
                .containsExactlyInAnyOrderElementsOf(company.activeRepNamesOf(north));
        assertThat(week).isSortedAccordingTo(WeekScorecard.BEHIND_FIRST);
        assertThat(week).extracting(WeekScorecard::pace).isSortedAccordingTo(Pace.WORST_FIRST);
        assertThat(week).extracting(WeekScorecard::pace).as("the seeded week has reps behind")
                .contains(Pace.AT_RISK);
        for (WeekScorecard card : week) {
            assertThat(card).as(card.repName()).isEqualTo(scorecards.rep(card.repId(), WEEK, TODAY));
            Pace worst = card.lines().stream().map(line -> Pace.of(line.attainment())).min(Pace.WORST_FIRST)
                    .orElseThrow();
            assertThat(card.pace()).as(card.repName()).isEqualTo(worst);
        }
    }

    @Test
    void aManagerIsRefusedAnotherTeamAndAnAdminGetsAny() {
        long north = company.teamManagedBy("manager");
        long south = company.teamManagedBy("sofia");
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> scorecards.teamWeek(south, WEEK, TODAY)).isInstanceOf(AccessDeniedException.class);

        TestSupport.signIn(users, "admin");
        assertThat(scorecards.teamWeek(south, WEEK, TODAY)).extracting(WeekScorecard::repName)
                .containsExactlyInAnyOrderElementsOf(company.activeRepNamesOf(south));
        assertThat(scorecards.teamWeek(north, WEEK, TODAY)).isNotEmpty();
    }

    @Test
    void aRepIsRefusedTheirOwnTeamsWeekButKeepsTheirOwnScorecard() {
        TestSupport.signIn(users, "rep");
        long team = company.teamOf("rep");
        assertThatThrownBy(() -> scorecards.teamWeek(team, WEEK, TODAY)).isInstanceOf(AccessDeniedException.class);
        assertThat(scorecards.rep(company.personId("rep"), WEEK, TODAY).repId()).isEqualTo(company.personId("rep"));
    }

    @Test
    void aWallScreenIsRefusedItsOwnTeamsWeek() {
        TestSupport.signIn(users, "manager");
        long team = company.teamManagedBy("manager");
        String token = displays.create("Team week test TV", team, 20);
        TestSupport.signOut();
        DisplayGrant grant = displays.open(token).orElseThrow();
        assertThatThrownBy(() -> displays.callAs(grant, () -> scorecards.teamWeek(team, WEEK, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
