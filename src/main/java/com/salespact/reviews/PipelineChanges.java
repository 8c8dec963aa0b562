package com.salespact.reviews;

import com.salespact.deals.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Classifies a rep's deals between a baseline (the last 1:1) and a moment (now, or when the review is held):
 * new, advanced, won, lost, slipped, stale. A deal can be in more than one list (advanced, but its close date pushed).
 */
public final class PipelineChanges {

    private PipelineChanges() {
    }

    /**
     * @param priorCloseDates expected close dates of open deals at the baseline, from the previous review's
     *                        snapshot (the deal table keeps only the current date); empty when unknown
     */
    public static List<PipelineChange> classify(List<DealTrack> deals, Instant baseline, Instant moment, ZoneId zone,
                                                Map<Long, LocalDate> priorCloseDates) {
        LocalDate today = LocalDate.ofInstant(moment, zone);
        List<PipelineChange> changes = new ArrayList<>();
        for (DealTrack deal : deals) {
            if (deal.stageAt() == null || deal.openedAt().isAfter(moment)) {
                continue;
            }
            long days = deal.enteredStageAt() == null ? 0
                    : Math.max(0, Duration.between(deal.enteredStageAt(), moment).toDays());
            LocalDate closeBefore = priorCloseDates.get(deal.dealId());
            boolean isNew = deal.stageBefore() == null && deal.openedAt().isAfter(baseline);
            if (isNew) {
                changes.add(change(deal, PipelineChange.Kind.NEW, null, closeBefore, days));
            }
            if (deal.stageAt().isClosed()) {
                if (isNew || (deal.stageBefore() != null && deal.stageBefore().isOpen())) {
                    changes.add(change(deal, deal.stageAt() == Stage.WON ? PipelineChange.Kind.WON
                            : PipelineChange.Kind.LOST, null, closeBefore, days));
                }
                continue;
            }
            if (deal.stageBefore() != null) {
                int moved = Integer.compare(rank(deal.stageAt()), rank(deal.stageBefore()));
                if (moved > 0) {
                    changes.add(change(deal, PipelineChange.Kind.ADVANCED, null, closeBefore, days));
                }
                PipelineChange.Slip slip = moved < 0 ? PipelineChange.Slip.MOVED_BACK
                        : closeBefore != null && deal.expectedClose().isAfter(closeBefore)
                        ? PipelineChange.Slip.CLOSE_DATE_PUSHED
                        : deal.expectedClose().isBefore(today) ? PipelineChange.Slip.OVERDUE : null;
                if (slip != null) {
                    changes.add(change(deal, PipelineChange.Kind.SLIPPED, slip, closeBefore, days));
                }
            } else if (isNew && deal.expectedClose().isBefore(today)) {
                changes.add(change(deal, PipelineChange.Kind.SLIPPED, PipelineChange.Slip.OVERDUE, closeBefore, days));
            }
            if (!isNew && days > deal.stageAt().staleAfterDays()) {
                changes.add(change(deal, PipelineChange.Kind.STALE, null, closeBefore, days));
            }
        }
        changes.sort(Comparator.comparing(PipelineChange::kind)
                .thenComparing(PipelineChange::amount, Comparator.reverseOrder())
                .thenComparing(PipelineChange::dealId));
        return changes;
    }

    /** Stage order on the way to a win; a lost deal that comes back to life moves forward. */
    static int rank(Stage stage) {
        return switch (stage) {
            case LOST -> -1;
            case PROSPECT -> 0;
            case QUALIFIED -> 1;
            case PROPOSAL -> 2;
            case NEGOTIATION -> 3;
            case WON -> 4;
        };
    }

    private static PipelineChange change(DealTrack deal, PipelineChange.Kind kind, PipelineChange.Slip slip,
                                         LocalDate closeBefore, long days) {
        return new PipelineChange(deal.dealId(), deal.name(), deal.amount(), kind, slip, deal.stageBefore(),
                deal.stageAt(), closeBefore, deal.expectedClose(), days);
    }
}
