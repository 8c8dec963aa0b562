package com.salespact.deals;

import com.salespact.base.ConcurrentEditException;
import com.salespact.people.AccessGuard;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Deals, scoped: a rep reaches only their own, a manager their team's, an admin all. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DealService {

    private final DealRepository deals;
    private final AccessGuard guard;
    private final Clock clock;

    DealService(DealRepository deals, AccessGuard guard, Clock clock) {
        this.deals = deals;
        this.guard = guard;
        this.clock = clock;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for somebody else's deal */
    @Transactional(readOnly = true)
    public Optional<Deal> find(long dealId) {
        Optional<Deal> deal = deals.findById(dealId);
        deal.ifPresent(found -> guard.checkOwner(found.getOwnerId()));
        return deal;
    }

    /** Moves a deal to another stage, refusing if it changed since the caller loaded {@code expectedVersion}. */
    public Deal moveStage(long dealId, Stage stage, long expectedVersion) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new IllegalArgumentException("No deal " + dealId));
        guard.checkOwner(deal.getOwnerId());
        if (deal.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Someone else changed this deal. Reload to see their change.");
        }
        deal.moveTo(stage, guard.user().personId(), clock.instant(), clock.getZone());
        return deals.saveAndFlush(deal);
    }
}
