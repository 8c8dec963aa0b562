package com.salespact.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.base.LiveUpdates;
import com.salespact.base.PeriodKind;
import com.salespact.goals.TargetChanged;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** One read of a team's figures is shared until the team's data changes; each caller's access is still checked. */
@SpringBootTest
@ActiveProfiles("test")
class TeamBoardQueryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Autowired TeamBoardQuery boards;
    @Autowired LiveUpdates live;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    @Test
    void aReadIsSharedUntilTheTeamsDataChanges() {
        TestSupport.signIn(users, "manager");
        long team = jdbc.queryForObject("select team_id from person where username = 'manager'", Long.class);

        TeamBoard first = boards.team(team, PeriodKind.QUARTER, DAY);
        assertThat(boards.team(team, PeriodKind.QUARTER, DAY)).as("shared, not read again").isSameAs(first);

        live.deliver(new TargetChanged(team, null, 2026));

        TeamBoard afterChange = boards.team(team, PeriodKind.QUARTER, DAY);
        assertThat(afterChange).as("read again after a change").isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aRepCannotReadTheTeamsSharedFigures() {
        TestSupport.signIn(users, "manager");
        long team = jdbc.queryForObject("select team_id from person where username = 'manager'", Long.class);
        boards.team(team, PeriodKind.QUARTER, DAY);

        long otherTeam = jdbc.queryForObject("select min(id) from team where id <> (select team_id from person"
                + " where username = 'rep')", Long.class);
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> boards.team(otherTeam, PeriodKind.QUARTER, DAY))
                .isInstanceOf(AccessDeniedException.class);
    }
}
