package com.salespact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvProgress;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportLayout;
import com.salespact.deals.csv.ImportPreview;
import com.salespact.deals.csv.ImportResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * The scale check of the mapped import (issue 18), not a unit test (tag "bench"):
 * {@code ./mvnw test -Pbench -Dtest=CrmImportBenchmark}. A generated 50,000-row HubSpot deals export (UTF-8 with BOM,
 * CRLF, owners by full name and e-mail, internal stage ids, "1,234.50" amounts, dates with times, 500 companies known
 * only by name) is analysed, mapped, previewed and committed with its missing accounts, then imported again; time and
 * heap are printed (and written to target/bench/crm-import.txt). Correctness is asserted, times only printed.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class CrmImportBenchmark {

    private static final int DEALS = 50_000;
    private static final int COMPANIES = 500;
    private static final String[] OWNERS = {"Ravi Patel", "lena.kim@salespact.example", "Jonas Berg", "Emma Larsen",
        "oliver.hughes@salespact.example", "Freya Nilsson"};
    private static final String[] OPEN = {"appointmentscheduled", "qualifiedtobuy", "presentationscheduled",
        "decisionmakerboughtin", "contractsent"};
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        jdbc.update("delete from stage_change where deal_id in (select id from deal where external_id like 'HS-%')");
        jdbc.update("delete from deal_milestone where deal_id in (select id from deal where external_id like 'HS-%')");
        jdbc.update("delete from deal where external_id like 'HS-%'");
        jdbc.update("delete from account_owner_change where account_id in "
                + "(select id from account where external_id like 'HS-%')");
        jdbc.update("delete from account where external_id like 'HS-%'");
        jdbc.update("delete from import_mapping");
    }

    @Test
    void importFiftyThousandHubSpotDeals() throws IOException {
        TestSupport.signIn(users, "manager");
        byte[] file = hubSpotFile();
        line("Mapped CRM import benchmark: seeded in-memory H2, %d cores, max heap %,d MB, load average %.2f",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        line("file: HubSpot deals export, %,d rows, %,d bytes, %d companies known only by name", DEALS, file.length,
                COMPANIES);
        line("");
        line("%-34s %9s %9s %9s %9s %12s %12s", "run", "analyse", "preview", "commit", "total", "heap after",
                "heap peak");

        Timed first = run("first import (+ accounts)", file);
        assertThat(first.result.rows().created()).isEqualTo(DEALS);
        assertThat(first.result.accountsCreated()).isEqualTo(COMPANIES);
        Timed again = run("same file again", file);
        assertThat(again.result.rows().created() + again.result.rows().updated()).isZero();

        String text = String.join(System.lineSeparator(), report);
        System.out.println(text);
        Path out = Path.of("target", "bench", "crm-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text + System.lineSeparator());
    }

    private record Timed(ImportResult result) {
    }

    private Timed run(String name, byte[] file) {
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        ImportDraft draft = imports.analyse(CsvKind.DEALS, "hubspot-50k.csv", file, CsvProgress.none());
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.HUBSPOT);
        long analysed = System.nanoTime();
        ImportPreview preview = imports.preview(draft, draft.mapping().withCreateAccounts(true), CsvProgress.none());
        assertThat(preview.hasErrors()).as("%s", preview.rows().errors().stream().limit(3).toList()).isFalse();
        long previewed = System.nanoTime();
        ImportResult result = preview.canCommit() ? imports.commit(preview, CsvProgress.none())
                : new ImportResult(null, new com.salespact.deals.csv.CsvResult(CsvKind.DEALS, 0, 0,
                        preview.rows().unchanged(), 0, 0));
        long committed = System.nanoTime();
        long peak = peakHeap();
        System.gc();
        long after = usedHeap();
        line("%-34s %7d ms %7d ms %7d ms %7d ms %9d MB %9d MB", name, ms(analysed - start), ms(previewed - analysed),
                ms(committed - previewed), ms(committed - start), after >> 20, peak >> 20);
        return new Timed(result);
    }

    private byte[] hubSpotFile() {
        Random random = new Random(18);
        StringBuilder csv = new StringBuilder("\uFEFFRecord ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,"
                + "Create Date,Associated Company,Pipeline\r\n");
        for (int i = 1; i <= DEALS; i++) {
            LocalDate created = TODAY.minusDays(20 + random.nextInt(300));
            boolean closed = random.nextInt(3) == 0;
            String stage = closed ? (random.nextBoolean() ? "closedwon" : "closedlost") : OPEN[random.nextInt(5)];
            LocalDate close = closed ? created.plusDays(random.nextInt(15)) : TODAY.plusDays(1 + random.nextInt(200));
            int cents = random.nextInt(20_000_000);
            csv.append(String.format(Locale.ROOT, "%d,\"Deal %d, phase %d\",%s,\"%,d.%02d\",%s 00:00,%s,%s 09:30,"
                            + "\"Company %03d, Ltd\",Sales Pipeline\r\n", 7_000_000 + i, i, i % 7, stage, cents / 100,
                    cents % 100, close, OWNERS[i % OWNERS.length], created, i % COMPANIES));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap the run held at once. */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
