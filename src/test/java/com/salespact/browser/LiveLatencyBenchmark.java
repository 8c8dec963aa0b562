package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * The live-update budget: a deal won on a rep's tablet shows on the manager's dashboard and on the team's wall screen
 * within a second. Three headless Chromium sessions at 1920×1080 on the production jar, one warm-up move, then
 * {@code -Dsalespact.live.runs} (default 7) wins ({@link LiveWin}); the report gives every run, the median and the
 * slowest, the load average, and whether the medians meet the budget ({@code -Dsalespact.live.max-ms}, default
 * 1000). It fails when a median misses the budget: one slow run on a loaded machine is reported, not failed.
 * Printed and written to target/bench/live-latency.txt.
 *
 * <p>Run: {@code ./mvnw -Pproduction -DskipTests package}, then
 * {@code ./mvnw -Pbrowser test-compile failsafe:integration-test failsafe:verify -Dit.test=LiveLatencyBenchmark}
 * (not part of CI: its name is not a test's).
 */
@SharedJar(value = "live-bench", arguments = "--salespact.deals.undo-seconds=0")
class LiveLatencyBenchmark extends BrowserTest {

    private static final long BUDGET_MS = Long.getLong("salespact.live.max-ms", 1000);
    private static final int RUNS = Integer.getInteger("salespact.live.runs", 7);

    @Test
    void aWinReachesTheDashboardAndTheWallWithinASecond() throws IOException {
        List<String> report = new ArrayList<>();
        List<LiveWin.Timing> runs = new ArrayList<>();
        try (Browser manager = desktop("manager", 1920, 1080);
             Browser wall = desktop("wall", 1920, 1080);
             Browser rep = desktop("rep", 1920, 1080)) {
            LiveWin live = LiveWin.open(manager, wall, rep);
            live.warmUp();
            for (int run = 1; run <= RUNS; run++) {
                LiveWin.Timing win = live.winADeal();
                runs.add(win);
                report.add(String.format(Locale.ROOT, "run %d: dashboard %4d ms, wall %4d ms, rep's board %4d ms (%s)",
                        run, win.dashboardMs(), win.wallMs(), win.repBoardMs(), win.machine()));
            }
        }
        long dashboard = median(runs, LiveWin.Timing::dashboardMs);
        long wall = median(runs, LiveWin.Timing::wallMs);
        report.addFirst(String.format(Locale.ROOT, "Live updates: click on \"Mark as won\" -> dashboard KPI / wall banner"
                + " (%s, %d runs after one warm-up move, budget %d ms for the median)", Instant.now(), RUNS, BUDGET_MS));
        report.add(String.format(Locale.ROOT, "dashboard: median %d ms, slowest %d ms -> %s", dashboard,
                max(runs, LiveWin.Timing::dashboardMs), dashboard <= BUDGET_MS ? "PASS" : "FAIL"));
        report.add(String.format(Locale.ROOT, "wall:      median %d ms, slowest %d ms -> %s", wall,
                max(runs, LiveWin.Timing::wallMs), wall <= BUDGET_MS ? "PASS" : "FAIL"));
        String text = String.join(System.lineSeparator(), report);
        System.out.println(System.lineSeparator() + text);
        Path out = Path.of(System.getProperty("salespact.basedir", "."), "target", "bench", "live-latency.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + System.lineSeparator());

        assertThat(dashboard).as("median click -> dashboard KPI changed (ms)").isLessThanOrEqualTo(BUDGET_MS);
        assertThat(wall).as("median click -> wall banner (ms)").isLessThanOrEqualTo(BUDGET_MS);
    }

    private static long median(List<LiveWin.Timing> runs, ToLongFunction<LiveWin.Timing> figure) {
        long[] sorted = runs.stream().mapToLong(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static long max(List<LiveWin.Timing> runs, ToLongFunction<LiveWin.Timing> figure) {
        return runs.stream().mapToLong(figure).max().orElseThrow();
    }
}
