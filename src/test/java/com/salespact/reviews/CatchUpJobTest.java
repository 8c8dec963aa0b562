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
        jdbc.update("delete from outbox_message where kind = 'CATCH_UP_DRAFTED'");
        jdbc.update("delete from app_notification where kind = 'CATCH_UP_DRAFTED'");
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

    /**
     * A plan drafted reaches both sides: one notification for the rep and one for the manager of the 1:1 it is on,
     * each opening that 1:1 (where the plan is shown), and one mail each queued in the outbox. Checking again tells
     * nobody twice.
     */
    @Test
    void tellsTheRepAndTheManagerOfEveryPlanDraftedInTheAppAndByMail() {
        int open = job.run();
        job.run();

        assertThat(open).isPositive();
        assertThat(count("select count(*) from app_notification where kind = 'CATCH_UP_DRAFTED'")).isEqualTo(2 * open);
        for (String side : new String[] {"p.rep_id", "r.manager_id"}) {
            assertThat(count("""
                    select count(*) from catch_up_plan p join review r on r.id = p.review_id
                    where (select count(*) from app_notification n where n.kind = 'CATCH_UP_DRAFTED'
                           and n.person_id = %s and n.link = concat('reviews/', r.id)
                           and n.message like 'Catch-up plan drafted for %%') = 1""".formatted(side)))
                    .as("plans whose %s got exactly one notification", side).isEqualTo(open);
            assertThat(count("""
                    select count(*) from catch_up_plan p join review r on r.id = p.review_id
                    where (select count(*) from outbox_message m join app_notification n
                           on m.dedup_key = concat('notification:', n.id) and m.recipient_id = n.person_id
                           where m.kind = 'CATCH_UP_DRAFTED' and m.status = 'QUEUED'
                           and n.person_id = %s and n.link = concat('reviews/', r.id)) = 1""".formatted(side)))
                    .as("plans whose %s got exactly one mail queued", side).isEqualTo(open);
        }
        assertThat(count("select count(*) from outbox_message where kind = 'CATCH_UP_DRAFTED' and status = 'QUEUED'"))
                .isEqualTo(2 * open);
        assertThat(jdbc.queryForList("select distinct subject from outbox_message where kind = 'CATCH_UP_DRAFTED'",
                String.class)).containsExactly("A catch-up plan was drafted");
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
