package com.salespact.deals;

import com.salespact.base.RuleViolation;
import com.salespact.people.PeopleService;
import com.salespact.security.SystemPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies confirmed closes once their undo window has passed, and only then publishes them ({@link DealChanged} WON
 * or STAGE_CHANGED, after commit, to dashboards and walls on every node). Every node runs it every second; a closing
 * is claimed by deleting its row, so exactly one node applies it, and one that was due while no node ran (a restart)
 * is applied on the next run. Not secured: it does only what time does anyway, for no caller in particular.
 */
@Component
public class ClosingSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingSettlement.class);
    private static final int BATCH = 100;

    private final DealClosingRepository closings;
    private final DealRepository deals;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ClosingSettlement(DealClosingRepository closings, DealRepository deals, PeopleService people,
                      ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.closings = closings;
        this.deals = deals;
        this.people = people;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${salespact.deals.settle-every:PT1S}", initialDelayString = "PT1S")
    void scheduled() {
        settleDue(clock.instant());
    }

    /** Applies and publishes every closing due at {@code now}; returns how many this call applied. */
    public int settleDue(Instant now) {
        int applied = 0;
        List<Long> due;
        do {
            due = transaction.execute(status -> closings.findDue(now, Limit.of(BATCH)));
            for (long dealId : due) {
                try {
                    applied += settle(dealId, now) ? 1 : 0;
                } catch (RuntimeException failed) {
                    LOG.warn("Could not apply the close of deal {}", dealId, failed);
                }
            }
        } while (due.size() == BATCH);
        return applied;
    }

    /** Claims and applies one closing if it is due; joins the caller's transaction if there is one. */
    boolean settle(long dealId, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            DealClosing closing = closings.findById(dealId).orElse(null);
            if (closing == null || closings.claimDue(dealId, now) == 0) {
                return false;
            }
            Deal deal = deals.findById(dealId).orElseThrow();
            try {
                deal.settle(closing);
            } catch (RuleViolation refused) {
                // The claim (delete) still commits: a close that no longer fits is dropped, not retried forever.
                LOG.info("Close of deal {} to {} dropped: {}", dealId, closing.getToStage(), refused.getMessage());
                return false;
            }
            Deal stored = deals.saveAndFlush(deal);
            SystemPrincipal.call(() -> {
                events.publishEvent(new DealChanged(people.teamOf(stored.getOwnerId()), stored.getId(),
                        stored.getOwnerId(), stored.getStage() == Stage.WON ? DealChanged.Kind.WON
                        : DealChanged.Kind.STAGE_CHANGED, stored.getName(), stored.getAmount(),
                        people.nameOf(stored.getOwnerId())));
                return null;
            });
            return true;
        }));
    }
}
