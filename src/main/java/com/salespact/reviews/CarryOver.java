package com.salespact.reviews;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which action items a review lists. Open items carry over to every following review until they are done; an item
 * done since the previous review is listed once more, ticked, so the meeting sees it was finished; items agreed in
 * this review are listed too. Nothing agreed after the review's moment appears in it.
 */
final class CarryOver {

    private CarryOver() {
    }

    /**
     * @param reviewId the review being prepared or held (null for one not yet saved)
     * @param previousHeldAt when the rep's previous review was held; null when this is the first
     * @param moment now for a review being prepared, or the moment it is held
     */
    static List<ActionItem> itemsFor(Long reviewId, Instant previousHeldAt, Instant moment, List<ActionItem> items) {
        return items.stream()
                .filter(item -> belongs(item, reviewId, previousHeldAt, moment))
                .sorted(Comparator.comparing(ActionItem::isOpen).reversed()
                        .thenComparing(ActionItem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ActionItem::getCreatedAt))
                .toList();
    }

    static boolean belongs(ActionItem item, Long reviewId, Instant previousHeldAt, Instant moment) {
        if (reviewId != null && Objects.equals(item.getReviewId(), reviewId)) {
            return true;
        }
        if (item.getCreatedAt().isAfter(moment)) {
            return false;
        }
        if (item.isOpenAt(moment)) {
            return true;
        }
        Instant done = item.getDoneAt();
        return previousHeldAt != null && done != null && !done.isBefore(previousHeldAt) && !done.isAfter(moment);
    }

    /** Carried over: agreed before this review (in an earlier one, or outside any review), not in it. */
    static boolean isCarried(ActionItem item, Long reviewId) {
        return reviewId == null || !Objects.equals(item.getReviewId(), reviewId);
    }
}
