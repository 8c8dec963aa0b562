package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The reminder job, run by hand with the fixed clock (Wednesday 2026-11-18): rep first, manager a day later, once. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewReminderJobTest {

    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired ReviewReminderJob job;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    private long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }

    private int reminders(String username, long reviewId) {
        return jdbc.queryForObject("select count(*) from app_notification where person_id = ? and kind = ? and link = ?",
                Integer.class, personId(username), ReviewReminderJob.KIND, "reviews/" + reviewId);
    }

    @Test
    void repIsRemindedTwoWorkingDaysBeforeManagerOneAndNobodyTwice() {
        TestSupport.signIn(users, "sofia");
        ReviewRow review = reviews.nextOneOnOne(personId("asouza"));
        assertThat(review.scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 20));
        TestSupport.signOut();

        assertThat(job.remindDue()).isPositive();
        assertThat(reminders("asouza", review.id())).isEqualTo(1);
        assertThat(reminders("sofia", review.id())).as("the manager hears tomorrow").isZero();
        assertThat(jdbc.queryForObject("select status from review where id = ?", String.class, review.id()))
                .isEqualTo("PREPARED");
        assertThat(jdbc.queryForObject("select message from app_notification where link = ?", String.class,
                "reviews/" + review.id())).isEqualTo("Your 1:1 with Sofia Rossi is on Fri 20 Nov. Your numbers are "
                + "prepared: add the points you want to talk about.");

        job.remindDue();
        assertThat(reminders("asouza", review.id())).as("idempotent").isEqualTo(1);

        job.remindDue(LocalDate.of(2026, 11, 19), Instant.parse("2026-11-19T07:05:00Z"));
        assertThat(reminders("sofia", review.id())).isEqualTo(1);
        assertThat(reminders("asouza", review.id())).isEqualTo(1);
        job.remindDue(LocalDate.of(2026, 11, 20), Instant.parse("2026-11-20T07:05:00Z"));
        assertThat(reminders("sofia", review.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from review where id = ? and rep_reminded_at is not null"
                + " and manager_reminded_at is not null", Integer.class, review.id())).isEqualTo(1);
    }
}
