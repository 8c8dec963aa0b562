package com.salespact.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox keeps what went and what failed for the admin's page, but not for ever: once a day, on one node of the
 * cluster (ShedLock), SENT messages older than {@code salespact.messaging.keep-sent} (90 days, by when they were
 * sent) and FAILED ones older than {@code salespact.messaging.keep-failed} (365 days, by when they were written) are
 * deleted. QUEUED messages are never deleted: they are still to go.
 */
@Component
public class OutboxHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxHousekeeping.class);
    static final String LOCK = "outbox-housekeeping";

    private final OutboxRepository messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration keepSent;
    private final Duration keepFailed;

    OutboxHousekeeping(OutboxRepository messages, PlatformTransactionManager transactions, Clock clock,
                       @Value("${salespact.messaging.keep-sent:90d}") Duration keepSent,
                       @Value("${salespact.messaging.keep-failed:365d}") Duration keepFailed) {
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.keepSent = keepSent;
        this.keepFailed = keepFailed;
    }

    @Scheduled(cron = "${salespact.messaging.housekeeping-cron:0 40 3 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void onSchedule() {
        try {
            clean();
        } catch (RuntimeException unexpected) {
            // Nothing is lost by waiting: tomorrow's round deletes what today's could not.
            LOG.warn("Outbox housekeeping failed: {}", unexpected.toString());
        }
    }

    /** @return how many messages were deleted */
    public int clean() {
        Instant now = clock.instant();
        Integer deleted = transaction.execute(status -> messages.deleteSentBefore(now.minus(keepSent))
                + messages.deleteFailedBefore(now.minus(keepFailed)));
        int count = deleted == null ? 0 : deleted;
        if (count > 0) {
            LOG.info("Outbox housekeeping: deleted {} old message(s)", count);
        }
        return count;
    }
}
