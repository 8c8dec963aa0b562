package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open action items carry over to every following review until done; then they show once more, ticked. */
class CarryOverTest {

    private static final long REP = 7;
    private static final long MANAGER = 2;

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    private static ActionItem item(Long reviewId, String text, String createdOn) {
        return new ActionItem(reviewId, null, REP, REP, text, null, at(createdOn), LocalDate.parse(createdOn));
    }

    private static List<String> texts(List<ActionItem> items) {
        return items.stream().map(ActionItem::getText).toList();
    }

    @Test
    void openItemsCarryOverUntilDoneThenShowOnceTicked() {
        ActionItem callCfo = item(1L, "Call the CFO of Brightforge", "2026-11-06");
        List<ActionItem> all = List.of(callCfo);
        Instant firstHeld = at("2026-11-06");

        assertThat(texts(CarryOver.itemsFor(2L, firstHeld, at("2026-11-12"), all))).containsExactly(callCfo.getText());
        assertThat(CarryOver.isCarried(callCfo, 2L)).isTrue();
        Instant secondHeld = at("2026-11-13");
        assertThat(texts(CarryOver.itemsFor(3L, secondHeld, at("2026-11-19"), all))).as("still open a week later")
                .containsExactly(callCfo.getText());

        callCfo.complete(at("2026-11-17"));
        assertThat(texts(CarryOver.itemsFor(3L, secondHeld, at("2026-11-19"), all)))
                .as("done since the last review: listed once, ticked").containsExactly(callCfo.getText());
        assertThat(CarryOver.itemsFor(4L, at("2026-11-20"), at("2026-11-26"), all)).as("gone after that").isEmpty();
    }

    @Test
    void aReviewListsItsOwnItemsButNothingAgreedAfterItsMoment() {
        ActionItem own = item(5L, "Send the proposal", "2026-11-13");
        ActionItem later = item(6L, "Agreed next week", "2026-11-20");
        ActionItem fromPlan = new ActionItem(null, 9L, REP, MANAGER, "Joint call with a key account", null,
                at("2026-11-10"), LocalDate.parse("2026-11-10"));

        List<ActionItem> listed = CarryOver.itemsFor(5L, at("2026-11-06"), at("2026-11-13"), List.of(own, later, fromPlan));
        assertThat(texts(listed)).containsExactlyInAnyOrder("Send the proposal", "Joint call with a key account");
        assertThat(CarryOver.isCarried(own, 5L)).isFalse();
        assertThat(CarryOver.isCarried(fromPlan, 5L)).as("a catch-up plan's action is followed up here").isTrue();
    }

    @Test
    void itemsDoneBeforeThePreviousReviewAreNotListedAgain() {
        ActionItem done = item(1L, "Update the forecast", "2026-10-30");
        done.complete(at("2026-11-02"));
        assertThat(CarryOver.itemsFor(2L, at("2026-11-06"), at("2026-11-12"), List.of(done))).isEmpty();
        assertThat(CarryOver.itemsFor(2L, null, at("2026-11-12"), List.of(done))).as("first review: open items only")
                .isEmpty();
    }

    @Test
    void openItemsComeFirstSoonestDueFirst() {
        ActionItem late = new ActionItem(1L, null, REP, REP, "Later", LocalDate.parse("2026-11-30"), at("2026-11-06"),
                LocalDate.parse("2026-11-06"));
        ActionItem soon = new ActionItem(1L, null, REP, REP, "Sooner", LocalDate.parse("2026-11-20"), at("2026-11-06"),
                LocalDate.parse("2026-11-06"));
        ActionItem done = item(1L, "Done", "2026-11-06");
        done.complete(at("2026-11-10"));
        assertThat(texts(CarryOver.itemsFor(2L, at("2026-11-06"), at("2026-11-12"), List.of(done, late, soon))))
                .containsExactly("Sooner", "Later", "Done");
    }
}
