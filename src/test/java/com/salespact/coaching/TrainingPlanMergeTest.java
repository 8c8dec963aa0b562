package com.salespact.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import com.salespact.pact.TrainingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A re-signed pact's training plan keeps progress, drops what the pact no longer asks for, adds the new. */
class TrainingPlanMergeTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final LocalDate JAN = LocalDate.of(2027, 1, 31);
    private static final LocalDate MAR = LocalDate.of(2027, 3, 31);

    private static TrainingItem item(String title, TrainingSource source, TrainingStatus status) {
        TrainingItem item = new TrainingItem(4, title, JAN, source, NOW);
        item.moveTo(status, NOW);
        return item;
    }

    @Test
    void matchingItemsKeepTheirProgressAndTakeTheNewDate() {
        TrainingItem negotiation = item("Negotiation workshop", TrainingSource.PACT, TrainingStatus.IN_PROGRESS);
        TrainingPlanMerge merge = TrainingPlanMerge.of(List.of(negotiation),
                List.of(new TrainingPlanLine("  negotiation WORKSHOP ", MAR)));

        assertThat(merge.rescheduled()).containsEntry(negotiation, MAR);
        assertThat(merge.removed()).isEmpty();
        assertThat(merge.added()).isEmpty();
    }

    @Test
    void openItemsThePactDroppedGoDoneOnesStayReviewItemsAreUntouched() {
        TrainingItem open = item("Cold calling", TrainingSource.PACT, TrainingStatus.PLANNED);
        TrainingItem done = item("Product basics", TrainingSource.PACT, TrainingStatus.DONE);
        TrainingItem fromReview = item("Forecasting", TrainingSource.REVIEW, TrainingStatus.PLANNED);

        TrainingPlanMerge merge = TrainingPlanMerge.of(List.of(open, done, fromReview),
                List.of(new TrainingPlanLine("Value selling", MAR), new TrainingPlanLine("value selling", JAN)));

        assertThat(merge.removed()).containsExactly(open);
        assertThat(merge.rescheduled()).isEmpty();
        assertThat(merge.added()).containsExactly(new TrainingPlanLine("Value selling", MAR));
    }

    @Test
    void anEmptyTitleIsRefused() {
        assertThatThrownBy(() -> TrainingPlanMerge.of(List.of(), List.of(new TrainingPlanLine(" ", MAR))))
                .isInstanceOf(RuleViolation.class).hasMessage("Name the training");
    }

    @Test
    void doneStampsTheCompletionAndMovingBackClearsIt() {
        TrainingItem item = new TrainingItem(4, "Demo skills", JAN, TrainingSource.REVIEW, NOW);
        assertThat(item.getStatus()).isEqualTo(TrainingStatus.PLANNED);
        assertThat(item.isOverdue(LocalDate.of(2027, 2, 1))).isTrue();
        item.moveTo(TrainingStatus.DONE, NOW);
        assertThat(item.getCompletedAt()).isEqualTo(NOW);
        assertThat(item.isOverdue(LocalDate.of(2027, 2, 1))).isFalse();
        item.moveTo(TrainingStatus.IN_PROGRESS, NOW);
        assertThat(item.getCompletedAt()).isNull();
    }
}
