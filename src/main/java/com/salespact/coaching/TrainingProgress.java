package com.salespact.coaching;

import com.salespact.pact.TrainingStatus;
import java.util.List;

/** How far a rep is through their training plan. */
public record TrainingProgress(int total, int inProgress, int done) {

    public static TrainingProgress of(List<TrainingItemLine> items) {
        return new TrainingProgress(items.size(),
                (int) items.stream().filter(item -> item.status() == TrainingStatus.IN_PROGRESS).count(),
                (int) items.stream().filter(item -> item.status() == TrainingStatus.DONE).count());
    }

    /** Share done, 0..1; 0 for an empty plan. */
    public double doneShare() {
        return total == 0 ? 0 : (double) done / total;
    }
}
