package com.salespact.reviews;

import com.salespact.base.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A review as one viewer may see it, built per viewer by {@link ReviewService}: for a rep, private agenda items and
 * the manager's notes are not in it at all ({@code managerNotes} is null), so no view can leak them.
 *
 * @param managerView the viewer is the rep's manager (or an admin): may hold the review and keep private items
 * @param facts       live until the review is held, then the frozen snapshot
 * @param actions     for an open review: carried-over open items, items done since last time and its own; for a
 *                    held one: the items agreed in it
 * @param firstOfKind no earlier review of this kind was held for the rep (the first quarterly one is the long one)
 */
public record ReviewDetails(long id, long version, ReviewKind kind, ReviewStatus status, long repId, String repName,
                            long managerId, String managerName, LocalDate scheduledFor, DateRange period,
                            Instant heldAt, boolean heldOnTime, boolean managerView, boolean firstOfKind,
                            ReviewFacts facts, List<AgendaLine> agenda, String sharedNotes, String managerNotes,
                            List<ActionLine> actions, List<CelebrationLine> celebrations, List<ReasonLine> reasons,
                            String planText, String managerFeedback, String teamFeedback) {

    public boolean isHeld() {
        return status == ReviewStatus.HELD;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public record AgendaLine(long id, String text, boolean privateItem, long authorId, String authorName,
                             boolean discussed) {
    }

    /** @param carried agreed before this review and still being followed up in it */
    public record ActionLine(long id, String text, long ownerId, String ownerName, LocalDate dueDate, boolean done,
                             boolean overdue, boolean carried, Long catchUpPlanId) {
    }

    /** @param id null for a won deal listed from the facts */
    public record CelebrationLine(Long id, String text, boolean big, boolean fromWonDeal) {
    }

    public record ReasonLine(long id, String periodLabel, ReasonCode.Direction direction, ReasonCode code,
                             String text) {
    }
}
