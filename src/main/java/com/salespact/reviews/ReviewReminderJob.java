package com.salespact.reviews;

import com.salespact.base.Messages;
import com.salespact.base.CompanySettings;
import com.salespact.base.FiscalCalendar;
import com.salespact.holidays.HolidayService;
import com.salespact.holidays.WorkingDays;
import com.salespact.people.NotificationService;
import com.salespact.people.PeopleService;
import com.salespact.security.SystemPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds people of upcoming reviews in the app (the bell): the rep two working days before, the manager one
 * ({@link ReminderSchedule}). A review that falls on a weekend or company holiday is first moved to the next working
 * day. Runs hourly; each reminder is marked on the review when sent, so running again (or on
 * a second node after this one committed) sends nothing twice. Reminded reviews count as prepared: their facts are
 * read live until they are held. Once per cluster: the hourly run takes the lock {@value #LOCK}; should two nodes still
 * remind at once (a lock that expired), the review's version lets one commit and the other finds the work done.
 */
@Component
public class ReviewReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewReminderJob.class);
    static final String KIND = "REVIEW_REMINDER";
    static final String LOCK = "review-reminders";

    private final ReviewRepository reviews;
    private final NotificationService notifications;
    private final PeopleService people;
    private final HolidayService holidays;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReviewReminderJob(ReviewRepository reviews, NotificationService notifications, PeopleService people,
                      HolidayService holidays, CompanySettings settings, PlatformTransactionManager transactions,
                      Clock clock, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.notifications = notifications;
        this.people = people;
        this.holidays = holidays;
        this.calendar = settings.calendar();
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.events = events;
    }

    /**
     * At most 30 minutes, well inside the hour, so a node that dies holding the lock never costs the next run. At
     * least 1 minute: a node whose clock is a little behind finds the lock still held, not free.
     */
    @Scheduled(cron = "${salespact.reviews.reminder-cron:0 5 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void onSchedule() {
        try {
            int sent = remindDue();
            if (sent > 0) {
                LOG.info("Sent {} review reminders", sent);
            }
        } catch (OptimisticLockingFailureException lost) {
            // Another node marked the same reminders first; this run rolled back, so nobody is reminded twice.
            LOG.info("Review reminders already sent by another node; nothing sent by this one ({})",
                    lost.getClass().getSimpleName());
        }
    }

    /** Sends the reminders due today by the application clock. @return how many were sent */
    public int remindDue() {
        return remindDue(LocalDate.now(clock), clock.instant());
    }

    /** Sends the reminders due on {@code today}. @return how many were sent */
    int remindDue(LocalDate today, Instant now) {
        Integer sent = SystemPrincipal.call(() -> transaction.execute(status -> {
            int count = 0;
            // A rep is reminded at most this many working days ahead; nothing further out can be due.
            LocalDate horizon = today.plusDays(7);
            WorkingDays workingDays = holidays.workingDays();
            for (Review review : reviews.toRemind(today, horizon)) {
                // A holiday added after the meeting was scheduled: move it before anyone is reminded of it.
                if (review.moveToWorkingDay(workingDays, calendar, today)) {
                    // Their calendars move the meeting too.
                    events.publishEvent(ReviewInvitations.of(review, people::nameOf));
                }
                if (review.remindRep(today, now)) {
                    notifications.notify(review.getRepId(), KIND, () -> repMessage(review), link(review));
                    count++;
                }
                if (review.remindManager(today, now)) {
                    notifications.notify(review.getManagerId(), KIND, () -> managerMessage(review), link(review));
                    count++;
                }
            }
            return count;
        }));
        return sent == null ? 0 : sent;
    }

    private String repMessage(Review review) {
        return Messages.text("review.notify.reminder.rep." + review.getKind().name(),
                people.nameOf(review.getManagerId()), settings.userFormats().weekdayDayMonth(review.getScheduledFor()));
    }

    private String managerMessage(Review review) {
        return Messages.text("review.notify.reminder.manager." + review.getKind().name(),
                people.nameOf(review.getRepId()), settings.userFormats().weekdayDayMonth(review.getScheduledFor()));
    }

    private static String link(Review review) {
        return ReviewLinks.review(review.getId());
    }
}
