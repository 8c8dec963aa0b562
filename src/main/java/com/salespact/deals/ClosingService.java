package com.salespact.deals;

import com.salespact.base.CompanySettings;
import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a deal as won or lost, deliberately (decision 012): the user confirms the numbers or the reason, the close
 * is saved at once but waits {@code salespact.deals.undo-seconds} (10) for an undo before {@link ClosingSettlement}
 * applies and publishes it. Until then the deal stays where it was, so no dashboard, wall or statement counts it and
 * an undone close leaves no trace. Scoped like every deal change: only a deal the caller may change.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ClosingService {

    private final DealRepository deals;
    private final DealClosingRepository closings;
    private final DealService dealService;
    private final ClosingSettlement settlement;
    private final AccessGuard guard;
    private final CompanySettings settings;
    private final Clock clock;
    private final Duration undoWindow;

    ClosingService(DealRepository deals, DealClosingRepository closings, DealService dealService,
                   ClosingSettlement settlement, AccessGuard guard, CompanySettings settings, Clock clock,
                   @Value("${salespact.deals.undo-seconds:10}") long undoSeconds) {
        this.deals = deals;
        this.closings = closings;
        this.dealService = dealService;
        this.settlement = settlement;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
        this.undoWindow = Duration.ofSeconds(Math.max(0, undoSeconds));
    }

    /** How long a confirmed close can be undone; zero applies closes at once. */
    public Duration undoWindow() {
        return undoWindow;
    }

    /** What the confirmation starts from: the deal's amount and today as the close date. */
    @Transactional(readOnly = true)
    public ClosingDraft draft(long dealId) {
        Deal deal = changeable(dealId);
        return new ClosingDraft(deal.getAmount(), LocalDate.now(clock), deal.getLostReason());
    }

    /**
     * Confirms a close to WON or LOST of the deal as loaded at {@code expectedVersion}.
     * @throws RuleViolation naming the field whose rule was broken (amount, closedOn, lostReason); nothing is saved
     * @throws DealConflictException when someone else saved the deal since it was loaded; nothing is saved
     */
    @Transactional
    public PendingClose close(long dealId, long expectedVersion, Stage stage, ClosingDraft draft) {
        return close(dealId, expectedVersion, stage, draft, undoWindow);
    }

    /**
     * Confirms and applies a close at once, with no undo window: for a caller reporting a close already decided
     * elsewhere, with nobody at a screen to undo it (the REST API, decision 024). Same rules, stage history and
     * publication as {@link #close}; the deal is WON or LOST when this returns.
     */
    @Transactional
    public PendingClose closeAtOnce(long dealId, long expectedVersion, Stage stage, ClosingDraft draft) {
        return close(dealId, expectedVersion, stage, draft, Duration.ZERO);
    }

    private PendingClose close(long dealId, long expectedVersion, Stage stage, ClosingDraft draft, Duration window) {
        Deal deal = changeable(dealId);
        if (deal.getVersion() != expectedVersion) {
            throw new DealConflictException(dealService.load(dealId).orElseThrow(), java.util.List.of());
        }
        if (closings.existsById(dealId)) {
            throw RuleViolation.of("deals.rule.closing-pending");
        }
        Instant now = clock.instant();
        DealClosing closing = deal.closing(stage, draft.getAmount(), draft.getClosedOn(), draft.getLostReason(),
                guard.user().personId(), now, now.plus(window), LocalDate.ofInstant(now, clock.getZone()), settings.userFormats());
        try {
            closings.saveAndFlush(closing);
        } catch (DataIntegrityViolationException raced) {
            throw RuleViolation.of("deals.rule.closing-pending");
        }
        if (window.isZero()) {
            settlement.settle(dealId, now);
        }
        return new PendingClose(dealId, deal.getName(), stage, closing.getUndoUntil());
    }

    /**
     * Takes back a confirmed close while its window is open: the deal stays in its stage, nothing was published.
     * @throws RuleViolation when the window has passed (the close stands; move the deal back in its editor)
     */
    @Transactional
    public void undo(long dealId) {
        changeable(dealId);
        if (closings.deleteUndoable(dealId, clock.instant()) == 0) {
            throw RuleViolation.of("deals.rule.too-late-to-undo");
        }
    }

    private Deal changeable(long dealId) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> RuleViolation.of("deals.rule.gone"));
        guard.checkOwner(deal.getOwnerId());
        return deal;
    }
}
