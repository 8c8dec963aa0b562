package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.KeptRows;
import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.holidays.HolidayService;
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
 * No review on a weekend or company holiday (clock frozen on Wednesday 2026-11-18): scheduling moves it to the next
 * working day, and the reminder job moves one that a newly added holiday now covers.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewHolidaysTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired HolidayService holidays;
    @Autowired ReviewReminderJob job;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    private KeptRows kept;

    /** The holiday a test adds, every review (the reminder job moves and marks any due one) and its notifications. */
    @BeforeEach
    void keepHolidaysAndReviews() {
        kept = new KeptRows(jdbc).addedTo("company_holiday").reviews().addedTo("app_notification");
    }

    @AfterEach
    void cleanUp() {
        kept.restore();
        TestSupport.signOut();
    }

    @Test
    void aManagerSchedulingOnAWeekendOrHolidayGetsTheNextWorkingDay() {
        long rep = company.personId("ohughes");
        TestSupport.signIn(users, "manager");
        ReviewRow christmas = reviews.schedule(rep, ReviewKind.PIPELINE, LocalDate.of(2026, 12, 25));
        assertThat(christmas.scheduledFor()).as("Christmas Day, Second Day of Christmas (Saturday), Sunday")
                .isEqualTo(LocalDate.of(2026, 12, 28));
        ReviewRow moved = reviews.reschedule(christmas.id(), LocalDate.of(2026, 11, 21));
        assertThat(moved.scheduledFor()).as("Saturday → Monday").isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(reviews.open(moved.id()).orElseThrow().period()).as("the period follows the day it moved to")
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
    }

    @Test
    void aHolidayAddedLaterMovesTheReviewBeforeAnyoneIsReminded() {
        long rep = company.personId("ohughes");
        TestSupport.signIn(users, "manager");
        ReviewRow pipeline = reviews.schedule(rep, ReviewKind.PIPELINE, TUESDAY);
        assertThat(pipeline.scheduledFor()).isEqualTo(TUESDAY);
        TestSupport.signIn(users, "admin");
        holidays.add(TUESDAY, "Company day off");
        TestSupport.signOut();

        job.remindDue(LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T07:05:00Z"));
        assertThat(company.review(pipeline.id()).scheduledFor()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(company.lastNotificationMessage("reviews/" + pipeline.id())).contains("Wed 2 Dec");
    }
}
