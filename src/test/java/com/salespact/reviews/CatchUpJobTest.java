package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The daily check, run as the system with nobody signed in, drafts a plan for every rep who is behind. */
@SpringBootTest
@ActiveProfiles("test")
class CatchUpJobTest {

    @Autowired CatchUpJob job;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removePlans() {
        jdbc.update("delete from action_item where catch_up_plan_id is not null");
        jdbc.update("delete from agenda_item where text like 'Catch-up plan:%'");
        jdbc.update("delete from catch_up_plan");
    }

    @Test
    void draftsAPlanForEveryRepBehindAndPutsItOnTheAgendaInTheManagersName() {
        int open = job.run();

        assertThat(open).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from catch_up_plan", Integer.class)).isEqualTo(open);
        assertThat(jdbc.queryForObject("""
                select count(*) from agenda_item a join review r on r.id = a.review_id
                where a.text like 'Catch-up plan:%' and a.author_id = r.manager_id""", Integer.class)).isEqualTo(open);
        assertThat(job.run()).as("idempotent").isEqualTo(open);
        assertThat(jdbc.queryForObject("select count(*) from catch_up_plan", Integer.class)).isEqualTo(open);
    }
}
