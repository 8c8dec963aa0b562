package com.salespact.deals;

import java.util.Set;

/**
 * What a deal list shows. Null fields do not filter. The caller's scope (own, team, all) is always applied
 * on top by the service, whatever the filter says.
 */
public record DealFilter(String text, Long ownerId, Set<Stage> stages, Long accountId) {

    public static DealFilter all() {
        return new DealFilter(null, null, null, null);
    }

    public static DealFilter open() {
        return all().withStatus(DealStatus.OPEN);
    }

    public DealFilter withText(String newText) {
        return new DealFilter(newText, ownerId, stages, accountId);
    }

    public DealFilter withOwner(Long newOwnerId) {
        return new DealFilter(text, newOwnerId, stages, accountId);
    }

    public DealFilter withStages(Set<Stage> newStages) {
        return new DealFilter(text, ownerId, newStages, accountId);
    }

    /** Deals of this status only (replaces any stages chosen before). */
    public DealFilter withStatus(DealStatus status) {
        return withStages(status.stages());
    }

    public DealFilter withAccount(Long newAccountId) {
        return new DealFilter(text, ownerId, stages, newAccountId);
    }
}
