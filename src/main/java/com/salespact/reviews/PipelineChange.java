package com.salespact.reviews;

import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A deal that changed (or should have) since the last 1:1, as the meeting discusses it. */
public record PipelineChange(long dealId, String dealName, BigDecimal amount, Kind kind, Slip slip,
                             Stage stageBefore, Stage stageNow, LocalDate closeBefore, LocalDate closeNow,
                             long daysInStage) {

    public enum Kind {
        /** Created since the baseline. */
        NEW,
        /** Moved to a later open stage. */
        ADVANCED,
        WON,
        LOST,
        /** Open and moved backwards, its close date pushed out, or its close date passed. */
        SLIPPED,
        /** Open and in its stage longer than that stage should take. */
        STALE
    }

    /** Why a deal counts as slipped. */
    public enum Slip {
        MOVED_BACK, CLOSE_DATE_PUSHED, OVERDUE
    }
}
