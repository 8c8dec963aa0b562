package com.salespact.deals.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scale check of the CSV import, not a unit test (tag "bench", left out of the normal run):
 * {@code ./mvnw test -Pbench}. On the seeded in-memory H2, as the North team's manager (so every row is
 * scope-checked): imports 400 accounts, then 10,000 deals for the team's six reps (preview, then commit), imports the
 * same deals file again to show it changes nothing, and has a copy with three bad rows rejected by line. Prints a
 * report (also written to target/bench/csv-import.txt); correctness is asserted, times are only printed.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class CsvImportBenchmark {

    private static final String P = "BENCH-";
    private static final int ACCOUNTS = 400;
    private static final int DEALS = 10_000;
    private static final List<String> NORTH_REPS = List.of("rep", "lkim", "jberg", "elarsen", "ohughes", "fnilsson");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        CsvFixtures.cleanUp(jdbc, P);
    }

    @Test
    void importTenThousandDeals() throws IOException {
        TestSupport.signIn(users, "manager");
        byte[] accounts = accountsFile().getBytes(StandardCharsets.UTF_8);
        byte[] deals = dealsFile().getBytes(StandardCharsets.UTF_8);
        line("CSV import benchmark: seeded in-memory H2, %d cores, signed in as the North manager",
                Runtime.getRuntime().availableProcessors());
        line("deals file: %,d rows, %,d bytes", DEALS, deals.length);
        line("");
        line("%-28s %7s %8s %9s %9s %9s %9s %10s", "run", "rows", "parse", "validate", "commit", "(check", "write)",
                "rows/s");

        Run first = run("accounts", accounts, CsvKind.ACCOUNTS);
        assertThat(first.result.created()).isEqualTo(ACCOUNTS);

        Run imported = run("deals, first import", deals, CsvKind.DEALS);
        assertThat(imported.result.created()).isEqualTo(DEALS);
        assertThat(jdbc.queryForObject("select count(*) from deal where external_id like ?", Integer.class, P + "%"))
                .isEqualTo(DEALS);
        assertThat(jdbc.queryForObject("select count(*) from stage_change s join deal d on d.id = s.deal_id"
                + " where d.external_id like ?", Integer.class, P + "%")).isEqualTo(DEALS);

        Run again = run("deals, same file again", deals, CsvKind.DEALS);
        assertThat(again.result.created() + again.result.updated()).isZero();
        assertThat(again.result.unchanged()).isEqualTo(DEALS);
        assertThat(jdbc.queryForObject("select count(*) from deal where external_id like ? and version <> 0",
                Integer.class, P + "%")).isZero();

        line("");
        line("first deals import, upload to committed: %,d ms (goal: at most 10,000 ms)", imported.totalMillis());
        line("same file again: %,d created, %,d updated, %,d unchanged, %,d ms", again.result.created(),
                again.result.updated(), again.result.unchanged(), again.totalMillis());

        String bad = badRows(new String(deals, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        CsvPreview rejected = imports.preview(CsvKind.DEALS, new ByteArrayInputStream(
                bad.getBytes(StandardCharsets.UTF_8)));
        long previewMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(rejected.canCommit()).isFalse();
        assertThat(rejected.errors()).extracting(CsvError::line).containsExactly(18L, 4_321L, 9_999L);
        line("");
        line("bad-row file (same %,d rows, three spoiled): rejected in %,d ms, nothing written:", DEALS, previewMillis);
        rejected.errors().forEach(error -> line("  %s", error.message()));

        String text = String.join(System.lineSeparator(), report);
        System.out.println(System.lineSeparator() + "==== CSV import benchmark ====" + System.lineSeparator() + text
                + System.lineSeparator() + "==============================");
        Path out = Path.of("target", "bench", "csv-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + System.lineSeparator());
    }

    private record Run(CsvPreview preview, CsvResult result, long previewMillis, long commitMillis) {
        long totalMillis() {
            return previewMillis + commitMillis;
        }
    }

    private Run run(String label, byte[] file, CsvKind kind) {
        long start = System.nanoTime();
        CsvPreview preview = imports.preview(kind, new ByteArrayInputStream(file));
        long previewed = System.nanoTime();
        assertThat(preview.errors()).isEmpty();
        CsvResult result = imports.commit(preview);
        long committed = System.nanoTime();
        Run run = new Run(preview, result, (previewed - start) / 1_000_000, (committed - previewed) / 1_000_000);
        int rows = preview.rows().size();
        line("%-28s %,7d %5d ms %6d ms %6d ms %6d ms %6d ms %,10d", label, rows, preview.parseMillis(),
                preview.validateMillis(), run.commitMillis(), result.validateMillis(), result.writeMillis(),
                Math.round(rows * 1000.0 / Math.max(1, run.totalMillis())));
        return run;
    }

    private static String accountsFile() {
        StringBuilder csv = new StringBuilder(CsvFixtures.ACCOUNTS_HEADER).append('\n');
        String[] classes = {"A", "B", "C", "C"};
        for (int i = 1; i <= ACCOUNTS; i++) {
            csv.append(P).append("A").append(i).append(",\"Account ").append(i).append(", Ltd\",")
                    .append(NORTH_REPS.get(i % NORTH_REPS.size())).append(',').append(classes[i % 4]).append(',')
                    .append(i % 3 == 0 ? "EXISTING" : "NEW").append(",Industry ").append(i % 7).append(",City ")
                    .append(i % 11).append('\n');
        }
        return csv.toString();
    }

    /** 10,000 valid deals: every stage, amounts with cents, quoted notes with commas; deterministic. */
    private static String dealsFile() {
        Random random = new Random(42);
        String[] stages = {"PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION", "WON", "LOST"};
        String[] forecasts = {"PIPELINE", "BEST_CASE", "COMMIT", ""};
        StringBuilder csv = new StringBuilder(CsvFixtures.DEALS_HEADER).append('\n');
        for (int i = 1; i <= DEALS; i++) {
            int account = 1 + random.nextInt(ACCOUNTS);
            String owner = NORTH_REPS.get(account % NORTH_REPS.size());
            long cents = 100_000 + random.nextInt(50_000_000);
            long gpCents = cents * (5 + random.nextInt(40)) / 100;
            String stage = stages[random.nextInt(stages.length)];
            boolean closed = stage.equals("WON") || stage.equals("LOST");
            LocalDate close = closed ? TODAY.minusDays(random.nextInt(600)) : TODAY.plusDays(random.nextInt(700) - 60);
            csv.append(P).append("D").append(i).append(",Deal ").append(i).append(',').append(P).append('A')
                    .append(account).append(',').append(owner).append(',').append(money(cents)).append(',')
                    .append(money(gpCents)).append(',').append(stage).append(',')
                    .append(forecasts[random.nextInt(forecasts.length)]).append(',').append(close).append(',')
                    .append(i % 5 == 0 ? "\"Call back, then send the \"\"final\"\" quote\"" : "").append(',')
                    .append(stage.equals("LOST") ? "Lost on price" : "").append('\n');
        }
        return csv.toString();
    }

    /** Spoils three rows (file lines 18, 4,321 and 9,999): GP above the amount, a bad date, an unknown owner. */
    private static String badRows(String file) {
        String[] lines = file.split("\n", -1);
        lines[17] = P + "D17,Deal 17," + P + "A1,rep,500.00,900.00,PROPOSAL,,2026-12-01,,";
        lines[4320] = P + "D4320,Deal 4320," + P + "A1,rep,500.00,90.00,PROPOSAL,,2026-31-12,,";
        lines[9998] = P + "D9998,Deal 9998," + P + "A1,nobody,500.00,90.00,PROPOSAL,,2026-12-01,,";
        return String.join("\n", lines);
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
