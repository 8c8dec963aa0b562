package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.ConcurrentEditException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Export, preview with line numbers, all-or-nothing import with a revision per changed row. */
@SpringBootTest
@ActiveProfiles("test")
class TargetCsvServiceTest {

    private static final int YEAR = 2032;
    private static final String HEADER = "username_or_team,fiscal_year,revenue,min_gross_profit";
    private static final String WEIGHTS = ",w1,w2,w3,w4,w5,w6,w7,w8,w9,w10,w11,w12";

    @Autowired UserDetailsService users;
    @Autowired TargetCsvService csv;
    @Autowired GoalService goals;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        GoalServiceTest.removeYear(jdbc, YEAR);
    }

    private static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** line:column:key, or the sentence for a refusal by the target's own rules (passed on as it is). */
    private static List<String> messages(TargetCsvPreview preview) {
        return preview.problems().stream().map(p -> p.line() + ":" + p.column() + ":"
                + (p.key().equals("targets.csv.error.rule") ? p.args().getFirst() : p.key())).toList();
    }

    @Test
    void theExportHoldsTheYearsTargetsOfTheCallersTeam() throws Exception {
        TestSupport.signIn(users, "manager");
        byte[] bytes = csv.export(2026);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();

        assertThat(records).hasSize(6);
        assertThat(records.getFirst().getParser().getHeaderNames()).isEqualTo(TargetCsvService.COLUMNS);
        CSVRecord rep = records.stream().filter(r -> r.get("username_or_team").equals("rep")).findFirst().orElseThrow();
        assertThat(rep.get("fiscal_year")).isEqualTo("2026");
        assertThat(new BigDecimal(rep.get("revenue"))).isPositive();
        assertThat(records).extracting(r -> r.get("username_or_team"))
                .doesNotContain(company.repOfAnotherTeam("manager"));
        assertThat(csv.fileName(2026)).isEqualTo("salespact-targets-FY2026.csv");

        // Importing the export changes nothing.
        TargetCsvPreview again = csv.preview("export.csv", bytes);
        assertThat(again.hasProblems()).isFalse();
        assertThat(again.count(TargetCsvRow.Action.UNCHANGED)).isEqualTo(6);
        assertThat(again.canCommit()).isFalse();
    }

    @Test
    void everyProblemIsShownWithItsLineAndNothingIsSaved() {
        String stranger = company.repOfAnotherTeam("manager");
        String teammate = company.teammateOf("rep");
        TestSupport.signIn(users, "manager");
        TargetCsvPreview preview = csv.preview("bad.csv", file(HEADER + WEIGHTS,
                "rep," + YEAR + ",900000,270000,1,1,1,1,1,1,1,1,1,1,1,1.5",  // 2: fine
                stranger + "," + YEAR + ",900000,270000,,,,,,,,,,,,",           // 3: another team's rep
                "",                                                             // 4: blank, skipped
                teammate + "," + YEAR + ",100,200,,,,,,,,,,,,",                 // 5: GP above revenue
                "North,20x1,TBD,0,1,1,1,,1,1,1,1,1,1,1,1",                      // 6: year, number, a weight missing
                "rep," + YEAR + ",1,0,,,,,,,,,,,,"));                            // 7: rep again

        assertThat(messages(preview)).containsExactly(
                "3:username_or_team:targets.csv.error.unknown-who",
                "5:min_gross_profit:Minimum gross profit cannot be more than the revenue",
                "6:fiscal_year:targets.csv.error.year",
                "6:revenue:targets.csv.error.number",
                "6:w4:targets.csv.error.weights-partial",
                "7:username_or_team:targets.csv.error.duplicate-row");
        assertThat(preview.rows()).extracting(TargetCsvRow::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(preview.rows().getFirst().action()).isEqualTo(TargetCsvRow.Action.CREATE);
        assertThat(preview.rows().get(3).problems().get(1).args()).containsExactly("revenue", "TBD");
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> csv.commit(preview)).isInstanceOf(TargetCsvRejectedException.class);
        assertThat(jdbc.queryForObject("select count(*) from target where fiscal_year = ?", Integer.class, YEAR))
                .isZero();
    }

    @Test
    void aBrokenHeaderIsAProblemOfTheFile() {
        TestSupport.signIn(users, "admin");
        TargetCsvPreview preview = csv.preview("bad.csv", file("username_or_team;fiscal_year;revenue;bonus;w1",
                "rep;2032;1;0;1"));
        assertThat(messages(preview)).containsExactly("1:bonus:targets.csv.error.unknown-column",
                "1:null:targets.csv.error.missing-columns");
        assertThat(preview.fileProblems().get(1).args().getFirst())
                .isEqualTo("min_gross_profit, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12");
        assertThat(messages(csv.preview("empty.csv", new byte[0]))).containsExactly("1:null:targets.csv.error.empty");
        assertThat(messages(csv.preview("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'})))
                .containsExactly("1:null:targets.csv.error.empty");
        assertThat(messages(csv.preview("quote.csv", file("\"username_or_team,fiscal_year"))))
                .containsExactly("1:null:targets.csv.error.malformed");
    }

    @Test
    void aCleanFileIsImportedWithARevisionPerChangedRow() {
        TestSupport.signIn(users, "manager");
        byte[] bytes = file(HEADER + WEIGHTS,
                "rep," + YEAR + ",900000.00,270000,1,1,1,1,1,1,1,1,1,1,1,1.5",
                "\"North\"," + YEAR + ",\"2500000\",700000,,,,,,,,,,,,",
                company.teammateOf("rep") + "," + YEAR + ",1100000,330000,,,,,,,,,,,,");
        TargetCsvPreview preview = csv.preview("C:\\Users\\maria\\targets-2032.csv", bytes);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(TargetCsvRow.Action.CREATE)).isEqualTo(3);
        assertThat(preview.rows().get(1).owner().isTeam()).isTrue();

        TargetCsvResult result = csv.commit(preview);
        assertThat(result.changed()).isEqualTo(3);
        assertThat(jdbc.queryForList("select r.reason from target_revision r join target t on t.id = r.target_id"
                + " where t.fiscal_year = ?", String.class, YEAR)).hasSize(3).containsOnly("CSV import targets-2032.csv");
        TeamTargetLine north = goals.year(YEAR).teams().getFirst();
        assertThat(north.explicit()).isTrue();
        assertThat(north.revenue()).isEqualByComparingTo("2500000");
        assertThat(north.repsRevenue()).isEqualByComparingTo("2000000");
        // The reps are told, through the same path as a change in the form.
        assertThat(jdbc.queryForObject("select count(*) from app_notification where link = ?", Integer.class,
                TargetLinks.year(YEAR))).isEqualTo(2);

        // The same file again: nothing to do. One changed value: one update.
        assertThat(csv.preview("targets.csv", bytes).canCommit()).isFalse();
        TargetCsvPreview update = csv.preview("targets.csv", file(HEADER,
                "rep," + YEAR + ",950000,270000"));
        assertThat(update.rows().getFirst().action()).isEqualTo(TargetCsvRow.Action.UPDATE);
        assertThat(update.rows().getFirst().oldRevenue()).isEqualByComparingTo("900000");
        csv.commit(update);
        TargetLine rep = goals.year(YEAR).reps().stream().filter(r -> r.username().equals("rep")).findFirst()
                .orElseThrow();
        assertThat(rep.revenue()).isEqualByComparingTo("950000");
        assertThat(rep.seasonality()).isEqualTo(Seasonality.flat()); // no weight columns: flat
        assertThat(goals.history(rep.targetId())).hasSize(2);
    }

    @Test
    void allOrNothingWhenATargetChangedSinceThePreview() {
        TestSupport.signIn(users, "manager");
        long repId = company.personId("rep");
        TargetSaved existing = goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("800000"),
                new BigDecimal("200000"), Collections.nCopies(12, BigDecimal.ONE), "Initial", null);
        TargetCsvPreview preview = csv.preview("targets.csv", file(HEADER,
                company.teammateOf("rep") + "," + YEAR + ",1100000,330000",
                "rep," + YEAR + ",900000,270000"));
        assertThat(preview.canCommit()).isTrue();

        goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("850000"), new BigDecimal("200000"),
                Collections.nCopies(12, BigDecimal.ONE), "Meanwhile", existing.version());

        assertThatThrownBy(() -> csv.commit(preview)).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select count(*) from target t join person p on p.id = t.person_id"
                + " where t.fiscal_year = ? and p.username = ?", Integer.class, YEAR, company.teammateOf("rep")))
                .isZero();
    }

    @Test
    void aGermanExcelFileIsReadByTheImportPipelineWithExactFigures() {
        TestSupport.signIn(users, "manager");
        String teammate = company.teammateOf("rep");
        // Windows-1252 without a byte-order mark ("Geschäftsjahr" is not valid UTF-8), semicolons, German amounts.
        byte[] bytes = String.join("\r\n",
                "Mitarbeiter oder Team;Geschäftsjahr;Umsatz;Mindest-Rohertrag;Gewicht 1;Gewicht 2;Gewicht 3;"
                        + "Gewicht 4;Gewicht 5;Gewicht 6;Gewicht 7;Gewicht 8;Gewicht 9;Gewicht 10;Gewicht 11;Gewicht 12",
                "rep;" + YEAR + ";1.250.000,50;375.000,25;1;1;1;1;1;1;1;1;1;1;1;1,5",
                "\"North\";" + YEAR + ";\"2.500.000,00\";700.000;;;;;;;;;;;;",
                teammate + ";" + YEAR + ";1100000;330000,75;;;;;;;;;;;;", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        TargetCsvPreview preview = csv.preview("Ziele 2032.csv", bytes);
        assertThat(messages(preview)).isEmpty();
        assertThat(preview.count(TargetCsvRow.Action.CREATE)).isEqualTo(3);
        assertThat(preview.rows()).extracting(TargetCsvRow::line).containsExactly(2L, 3L, 4L);
        assertThat(csv.commit(preview).changed()).isEqualTo(3);

        TargetLine rep = goals.year(YEAR).reps().stream().filter(r -> r.username().equals("rep")).findFirst()
                .orElseThrow();
        assertThat(rep.revenue()).isEqualByComparingTo("1250000.50");
        assertThat(rep.minGrossProfit()).isEqualByComparingTo("375000.25");
        assertThat(rep.seasonality().weights().getLast()).isEqualByComparingTo("1.5");
        TargetLine other = goals.year(YEAR).reps().stream().filter(r -> r.username().equals(teammate)).findFirst()
                .orElseThrow();
        assertThat(other.revenue()).isEqualByComparingTo("1100000");
        assertThat(other.minGrossProfit()).isEqualByComparingTo("330000.75");
        assertThat(other.seasonality()).isEqualTo(Seasonality.flat());
        TeamTargetLine north = goals.year(YEAR).teams().getFirst();
        assertThat(north.explicit()).isTrue();
        assertThat(north.revenue()).isEqualByComparingTo("2500000");
        assertThat(north.explicitMinGrossProfit()).isEqualByComparingTo("700000");

        // The same file again changes nothing, and its export reads back unchanged.
        TargetCsvPreview again = csv.preview("Ziele 2032.csv", bytes);
        assertThat(again.hasProblems()).isFalse();
        assertThat(again.count(TargetCsvRow.Action.UNCHANGED)).isEqualTo(3);
        assertThat(again.canCommit()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from target_revision r join target t on t.id = r.target_id"
                + " where t.fiscal_year = ?", Integer.class, YEAR)).isEqualTo(3);
    }

    @Test
    void repsCannotImportOrExport() {
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> csv.export(2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csv.preview("x.csv", file(HEADER))).isInstanceOf(AccessDeniedException.class);
    }
}
