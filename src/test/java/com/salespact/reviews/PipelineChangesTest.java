package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** New, advanced, won, lost, slipped (moved back, close date pushed, overdue) and stale since the last 1:1. */
class PipelineChangesTest {

    private static final Instant BASELINE = Instant.parse("2026-11-13T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final Instant LONG_AGO = Instant.parse("2026-09-01T10:00:00Z");

    private static DealTrack deal(long id, Stage before, Stage now, Instant created, Instant entered, LocalDate close) {
        return new DealTrack(id, "Deal " + id, BigDecimal.valueOf(1000 * id), created, before, now, entered, close,
                now.isClosed() ? TODAY : null);
    }

    private static List<PipelineChange> classify(Map<Long, LocalDate> prior, DealTrack... deals) {
        return PipelineChanges.classify(List.of(deals), BASELINE, NOW, ZoneOffset.UTC, prior);
    }

    private static List<String> kinds(List<PipelineChange> changes) {
        return changes.stream().map(c -> c.kind() + (c.slip() == null ? "" : ":" + c.slip())).toList();
    }

    @Test
    void newAdvancedWonAndLost() {
        Instant tuesday = Instant.parse("2026-11-17T09:00:00Z");
        assertThat(kinds(classify(Map.of(), deal(1, null, Stage.PROSPECT, tuesday, tuesday, TODAY.plusDays(60)))))
                .containsExactly("NEW");
        assertThat(kinds(classify(Map.of(),
                deal(2, Stage.QUALIFIED, Stage.PROPOSAL, LONG_AGO, tuesday, TODAY.plusDays(30))))).containsExactly("ADVANCED");
        assertThat(kinds(classify(Map.of(),
                deal(3, Stage.NEGOTIATION, Stage.WON, LONG_AGO, tuesday, TODAY)))).containsExactly("WON");
        assertThat(kinds(classify(Map.of(),
                deal(4, Stage.PROPOSAL, Stage.LOST, LONG_AGO, tuesday, TODAY)))).containsExactly("LOST");
        assertThat(kinds(classify(Map.of(), deal(5, null, Stage.WON, tuesday, tuesday, TODAY))))
                .as("created and won in the same week").containsExactly("NEW", "WON");
        assertThat(classify(Map.of(), deal(6, Stage.WON, Stage.WON, LONG_AGO, LONG_AGO, TODAY)))
                .as("closed before the baseline: not a change").isEmpty();
    }

    @Test
    void slippedWhenMovedBackPushedOutOrOverdue() {
        Instant monday = Instant.parse("2026-11-16T09:00:00Z");
        assertThat(kinds(classify(Map.of(), deal(1, Stage.NEGOTIATION, Stage.PROPOSAL, LONG_AGO, monday,
                TODAY.plusDays(20))))).containsExactly("SLIPPED:MOVED_BACK");
        assertThat(kinds(classify(Map.of(2L, TODAY.plusDays(5)), deal(2, Stage.PROPOSAL, Stage.PROPOSAL, LONG_AGO,
                monday, TODAY.plusDays(35))))).containsExactly("SLIPPED:CLOSE_DATE_PUSHED");
        assertThat(classify(Map.of(2L, TODAY.plusDays(40)), deal(2, Stage.PROPOSAL, Stage.PROPOSAL, LONG_AGO, monday,
                TODAY.plusDays(35)))).as("pulled in is not a slip").isEmpty();
        assertThat(kinds(classify(Map.of(), deal(3, Stage.NEGOTIATION, Stage.NEGOTIATION, LONG_AGO, monday,
                TODAY.minusDays(2))))).containsExactly("SLIPPED:OVERDUE");
        assertThat(classify(Map.of(), deal(4, Stage.PROPOSAL, Stage.PROPOSAL, LONG_AGO, monday, TODAY)))
                .as("closing today is not overdue yet").isEmpty();
    }

    @Test
    void advancedButPushedOutIsInBothLists() {
        Instant monday = Instant.parse("2026-11-16T09:00:00Z");
        assertThat(kinds(classify(Map.of(1L, TODAY.plusDays(3)), deal(1, Stage.PROPOSAL, Stage.NEGOTIATION, LONG_AGO,
                monday, TODAY.plusDays(17))))).containsExactly("ADVANCED", "SLIPPED:CLOSE_DATE_PUSHED");
    }

    @Test
    void staleByStageAge() {
        Instant fifteenDaysAgo = NOW.minusSeconds(15 * 86_400);
        assertThat(kinds(classify(Map.of(), deal(1, Stage.NEGOTIATION, Stage.NEGOTIATION, LONG_AGO, fifteenDaysAgo,
                TODAY.plusDays(10))))).containsExactly("STALE");
        assertThat(classify(Map.of(), deal(2, Stage.PROPOSAL, Stage.PROPOSAL, LONG_AGO, fifteenDaysAgo,
                TODAY.plusDays(10)))).as("a proposal may take three weeks").isEmpty();
        assertThat(classify(Map.of(), deal(3, Stage.PROSPECT, Stage.PROSPECT, LONG_AGO,
                NOW.minusSeconds(30 * 86_400), TODAY.plusDays(90)))).as("exactly 30 days is not yet stale").isEmpty();
        assertThat(classify(Map.of(), deal(3, Stage.PROSPECT, Stage.PROSPECT, LONG_AGO,
                NOW.minusSeconds(31 * 86_400), TODAY.plusDays(90)))).extracting(PipelineChange::daysInStage)
                .containsExactly(31L);
    }

    @Test
    void biggestFirstWithinAKind() {
        Instant tuesday = Instant.parse("2026-11-17T09:00:00Z");
        List<PipelineChange> changes = classify(Map.of(),
                deal(2, null, Stage.PROSPECT, tuesday, tuesday, TODAY.plusDays(60)),
                deal(9, null, Stage.PROSPECT, tuesday, tuesday, TODAY.plusDays(60)),
                deal(5, Stage.PROSPECT, Stage.QUALIFIED, LONG_AGO, tuesday, TODAY.plusDays(60)));
        assertThat(changes).extracting(PipelineChange::dealId).containsExactly(9L, 2L, 5L);
    }
}
