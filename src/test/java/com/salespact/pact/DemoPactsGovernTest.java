package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company shows the governing pact on first start: after the first ladder check every rung of the ladder is
 * taken by at least one rep, next year's pact waits for a signature, and one pact is out of step with targets.
 * Rolled back, so the other tests see the demo as seeded.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class DemoPactsGovernTest {

    @Autowired LadderJob job;
    @Autowired PactService pacts;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    @Test
    void theDemoShowsEveryRungNextYearsPactAndOneOutOfStep() {
        job.run();

        List<Integer> rungs = jdbc.queryForList("select distinct rung from ladder_standing where rung > 0",
                Integer.class);
        assertThat(rungs).contains(1, 2, 3, 4);
        assertThat(jdbc.queryForObject("select count(*) from ladder_event where to_rung > 0", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from ladder_standing where rung > 0", Integer.class));

        TestSupport.signIn(users, "admin");
        List<PactOverviewRow> rows = pacts.overview();
        assertThat(rows).filteredOn(PactOverviewRow::outOfStep).extracting(PactOverviewRow::repName)
                .containsExactly("Emma Larsen");
        assertThat(rows).filteredOn(row -> row.openPeriodStart() != null && row.validUntil() != null
                        && row.openPeriodStart().isAfter(row.validUntil()))
                .singleElement().satisfies(row -> {
                    assertThat(row.repName()).isEqualTo("Lena Kim");
                    assertThat(row.state()).isEqualTo(PactState.PROPOSED);
                });
        // The consequence of each rung reached is on that rep's next 1:1.
        assertThat(jdbc.queryForObject("""
                select count(distinct r.rep_id) from agenda_item a join review r on r.id = a.review_id
                where a.text like 'Consequence agreed in the pact%'""", Integer.class)).isEqualTo(
                jdbc.queryForObject("select count(*) from ladder_standing where rung > 0", Integer.class));
    }
}
