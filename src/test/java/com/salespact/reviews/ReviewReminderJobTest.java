package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.SeededCompany.StoredReview;
import com.salespact.TestSupport;
import java.time.Instant;
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
 * The reminder job, run by hand with the fixed clock (Wednesday 2026-11-18): rep first, manager a day later, once.
 * The job marks every due review and notifies, so all reviews and the new notifications are put back afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewReminderJobTest {

    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired ReviewReminderJob job;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;

    @BeforeEach
    void keepReviewsAndNotifications() {
        kept = new KeptRows(jdbc).reviews().addedTo("app_notification");
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
        kept.restore();
    }

    private int reminders(String username, long reviewId) {
        return company.notificationCount(username, ReviewReminderJob.KIND, "reviews/" + reviewId);
    }

    @Test
    void repIsRemindedTwoWorkingDaysBeforeManagerOneAndNobodyTwice() {
        TestSupport.signIn(users, "sofia");
        ReviewRow review = reviews.nextOneOnOne(company.personId("asouza"));
        assertThat(review.scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 20));
        TestSupport.signOut();

        assertThat(job.remindDue()).isPositive();
        assertThat(reminders("asouza", review.id())).isEqualTo(1);
        assertThat(reminders("sofia", review.id())).as("the manager hears tomorrow").isZero();
        assertThat(company.review(review.id()).status()).isEqualTo("PREPARED");
        assertThat(company.lastNotificationMessage("reviews/" + review.id())).isEqualTo("Your 1:1 with Sofia Rossi"
                + " is on Fri 20 Nov. Your numbers are prepared: add the points you want to talk about.");

        job.remindDue();
        assertThat(reminders("asouza", review.id())).as("idempotent").isEqualTo(1);

        job.remindDue(LocalDate.of(2026, 11, 19), Instant.parse("2026-11-19T07:05:00Z"));
        assertThat(reminders("sofia", review.id())).isEqualTo(1);
        assertThat(reminders("asouza", review.id())).isEqualTo(1);
        job.remindDue(LocalDate.of(2026, 11, 20), Instant.parse("2026-11-20T07:05:00Z"));
        assertThat(reminders("sofia", review.id())).isEqualTo(1);
        assertThat(company.review(review.id())).extracting(StoredReview::repReminded,
                StoredReview::managerReminded).containsExactly(true, true);
    }
}
