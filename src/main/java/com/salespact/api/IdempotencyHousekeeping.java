package com.salespact.api;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one node of the cluster (ShedLock), deletes the idempotency rows of keys older than
 * {@code salespact.api.idempotency-keep} and the rate limit's windows older than an hour, so neither table grows for
 * ever. Only tidying: {@link IdempotencyStore} already treats such keys as new and {@link ApiRateLimit} never looks
 * at a past minute, so nothing depends on when this runs.
 */
@Component
class IdempotencyHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyHousekeeping.class);
    static final String LOCK = "api-idempotency-housekeeping";

    private final IdempotencyStore idempotency;
    private final ApiRateLimit rateLimit;

    IdempotencyHousekeeping(IdempotencyStore idempotency, ApiRateLimit rateLimit) {
        this.idempotency = idempotency;
        this.rateLimit = rateLimit;
    }

    @Scheduled(cron = "${salespact.api.idempotency-housekeeping-cron:0 50 3 * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void onSchedule() {
        try {
            clean();
        } catch (RuntimeException unexpected) {
            // Nothing is lost by waiting: tomorrow's round deletes what today's could not.
            LOG.warn("Idempotency housekeeping failed: {}", unexpected.toString());
        }
        try {
            cleanRateWindows();
        } catch (RuntimeException unexpected) {
            LOG.warn("Rate window housekeeping failed: {}", unexpected.toString());
        }
    }

    /** @return how many rows were deleted */
    int clean() {
        int deleted = idempotency.forgetExpired();
        if (deleted > 0) {
            LOG.info("Idempotency housekeeping: deleted {} expired key(s)", deleted);
        }
        return deleted;
    }

    /** @return how many rate limit windows were deleted */
    int cleanRateWindows() {
        int deleted = rateLimit.forgetOldWindows();
        if (deleted > 0) {
            LOG.info("Rate window housekeeping: deleted {} window(s) older than {}", deleted, ApiRateLimit.KEEP);
        }
        return deleted;
    }
}
