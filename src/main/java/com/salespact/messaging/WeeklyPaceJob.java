package com.salespact.messaging;

import com.salespact.security.SystemPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Monday morning in the company's time zone ({@code salespact.clock.zone}): every team chat that asked for it gets
 * the team's pace. Once per cluster (ShedLock {@value #LOCK}, decision 019); should two nodes still run it, the
 * posts are keyed by ISO week and queue once.
 */
@Component
class WeeklyPaceJob {

    private static final Logger LOG = LoggerFactory.getLogger(WeeklyPaceJob.class);
    static final String LOCK = "chat-weekly-pace";

    private final ChatPosts posts;
    private final Clock clock;

    WeeklyPaceJob(ChatPosts posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @Scheduled(cron = "${salespact.chat.weekly-pace-cron:0 0 8 * * MON}", zone = "${salespact.clock.zone:}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void onSchedule() {
        int queued = run();
        if (queued > 0) {
            LOG.info("Queued {} weekly pace post(s) for team chats", queued);
        }
    }

    /** Queues this week's posts (as of the application clock). @return how many */
    int run() {
        return SystemPrincipal.call(() -> posts.weeklyPace(LocalDate.now(clock)));
    }
}
