package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.SeededCompany;
import com.salespact.TestSupport;
import com.salespact.base.ConcurrentEditException;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvImportService;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvProgress;
import com.salespact.deals.csv.CsvRejectedException;
import com.salespact.deals.csv.CsvRow;
import com.salespact.deals.csv.ImportDraft;
import com.salespact.deals.csv.ImportField;
import com.salespact.deals.csv.ImportLayout;
import com.salespact.deals.csv.ImportPreview;
import com.salespact.deals.csv.ImportResult;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
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

/**
 * Targets through the one import pipeline (decision 027): the export reads back unchanged; every problem has its line;
 * all rows or none, a revision per changed row naming the file; a German Excel file is mapped by its header names.
 */
@SpringBootTest
@ActiveProfiles("test")
class TargetImportTest {

    private static final int YEAR = 2032;
    private static final String HEADER = "username_or_team,fiscal_year,revenue,min_gross_profit";
    private static final String WEIGHTS = ",w1,w2,w3,w4,w5,w6,w7,w8,w9,w10,w11,w12";

    @Autowired UserDetailsService users;
    @Autowired TargetCsvExport csv;
    @Autowired CsvImportService imports;
    @Autowired GoalService goals;
    @Autowired JdbcTemplate jdbc;
    @Autowired SeededCompany company;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        GoalServiceTest.removeYear(jdbc, YEAR);
        jdbc.update("delete from import_mapping");
    }

    private static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private ImportPreview preview(String fileName, byte[] bytes) {
        ImportDraft draft = imports.analyse(CsvKind.TARGETS, fileName, bytes, CsvProgress.none());
        return imports.preview(draft, draft.mapping(), CsvProgress.none());
    }

    /** line:column:problem. */
    private static List<String> messages(ImportPreview preview) {
        return preview.rows().errors().stream().map(e -> e.line() + ":" + e.column() + ":" + e.problem()).toList();
    }

    private static long count(ImportPreview preview, CsvRow.Action action) {
        return preview.rows().rows().stream().filter(row -> row.action() == action).count();
    }

    @Test
    void theExportReadsBackThroughThePipelineUnchanged() throws Exception {
        TestSupport.signIn(users, "manager");
        byte[] bytes = csv.export(2026);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();

        assertThat(records).hasSize(6);
        assertThat(records.getFirst().getParser().getHeaderNames()).isEqualTo(CsvKind.TARGETS.columns());
        CSVRecord rep = records.stream().filter(r -> r.get("username_or_team").equals("rep")).findFirst().orElseThrow();
        assertThat(rep.get("fiscal_year")).isEqualTo("2026");
        assertThat(new BigDecimal(rep.get("revenue"))).isPositive();
        assertThat(records).extracting(r -> r.get("username_or_team"))
                .doesNotContain(company.repOfAnotherTeam("manager"));
        assertThat(csv.fileName(2026)).isEqualTo("salespact-targets-FY2026.csv");

        ImportDraft draft = imports.analyse(CsvKind.TARGETS, "export.csv", bytes, CsvProgress.none());
        assertThat(draft.template()).isTrue();
        ImportPreview again = imports.preview(draft, draft.mapping(), CsvProgress.none());
        assertThat(again.hasErrors()).isFalse();
        assertThat(count(again, CsvRow.Action.UNCHANGED)).isEqualTo(6);
        assertThat(again.canCommit()).isFalse();
    }

    @Test
    void everyProblemIsShownWithItsLineAndNothingIsSaved() {
        String stranger = company.repOfAnotherTeam("manager");
        String teammate = company.teammateOf("rep");
        TestSupport.signIn(users, "manager");
        ImportPreview preview = preview("bad.csv", file(HEADER + WEIGHTS,
                "rep," + YEAR + ",900000,270000,1,1,1,1,1,1,1,1,1,1,1,1.5",  // 2: fine
                stranger + "," + YEAR + ",900000,270000,,,,,,,,,,,,",           // 3: another team's rep
                "",                                                             // 4: blank, skipped
                teammate + "," + YEAR + ",100,200,,,,,,,,,,,,",                 // 5: GP above revenue
                "North,20x1,TBD,0,1,1,1,,1,1,1,1,1,1,1,1",                      // 6: year, number, a weight missing
                "rep," + YEAR + ",1,0,,,,,,,,,,,,"));                            // 7: rep again

        assertThat(messages(preview)).containsExactly(
                "3:username_or_team:\"" + stranger + "\" is none of your reps (login or full name) or teams",
                "5:min_gross_profit:Minimum gross profit cannot be more than the revenue",
                "6:revenue:revenue \"TBD\" is not an amount",
                "6:fiscal_year:fiscal_year \"20x1\" is not a year between 2000 and 2100",
                "6:w4:Give all twelve weights or none",
                "7:username_or_team:rep FY" + YEAR + " appears already on line 2");
        assertThat(preview.rows().rows()).extracting(CsvRow::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(preview.rows().rows().getFirst().action()).isEqualTo(CsvRow.Action.CREATE);
        assertThat(preview.canCommit()).isFalse();
        assertThatThrownBy(() -> imports.commit(preview, CsvProgress.none()))
                .isInstanceOf(CsvRejectedException.class);
        assertThat(jdbc.queryForObject("select count(*) from target where fiscal_year = ?", Integer.class, YEAR))
                .isZero();
    }

    @Test
    void aColumnNothingIsReadAsIsAProblemOfTheFile() {
        TestSupport.signIn(users, "admin");
        ImportPreview preview = preview("bad.csv", file("username_or_team;fiscal_year;revenue;bonus;w1",
                "rep;2032;1;0;1"));
        assertThat(preview.mapping().fields()).containsExactly(ImportField.REP_OR_TEAM, ImportField.FISCAL_YEAR,
                ImportField.REVENUE, ImportField.IGNORE, ImportField.WEIGHT_1);
        assertThat(preview.rows().fileErrors()).extracting(CsvError::column, CsvError::problem).containsExactly(
                org.assertj.core.groups.Tuple.tuple("min_gross_profit",
                        "no column is read as min_gross_profit: choose one in the mapping above"));
        assertThat(messages(preview)).contains("2:min_gross_profit:min_gross_profit is empty",
                "2:w2:Give all twelve weights or none");
        assertThat(preview.canCommit()).isFalse();
    }

    @Test
    void aCleanFileIsImportedWithARevisionPerChangedRow() {
        TestSupport.signIn(users, "manager");
        String teammate = company.teammateOf("rep");
        String teammateName = jdbc.queryForObject("select full_name from person where username = ?", String.class,
                teammate);
        byte[] bytes = file(HEADER + WEIGHTS,
                "rep,FY" + YEAR + ",900000.00,270000,1,1,1,1,1,1,1,1,1,1,1,1.5",
                "\"North\"," + YEAR + ",\"2500000\",700000,,,,,,,,,,,,",
                teammateName + "," + YEAR + ",1100000,330000,,,,,,,,,,,,");
        ImportPreview preview = preview("C:\\Users\\maria\\targets-2032.csv", bytes);
        assertThat(messages(preview)).isEmpty();
        assertThat(count(preview, CsvRow.Action.CREATE)).isEqualTo(3);

        ImportResult result = imports.commit(preview, CsvProgress.none());
        assertThat(result.rows().created()).isEqualTo(3);
        assertThat(result.rows().kind()).isEqualTo(CsvKind.TARGETS);
        assertThat(jdbc.queryForList("select r.reason from target_revision r join target t on t.id = r.target_id"
                + " where t.fiscal_year = ?", String.class, YEAR)).hasSize(3).containsOnly("CSV import targets-2032.csv");
        TeamTargetLine north = goals.year(YEAR).teams().getFirst();
        assertThat(north.explicit()).isTrue();
        assertThat(north.revenue()).isEqualByComparingTo("2500000");
        assertThat(north.repsRevenue()).isEqualByComparingTo("2000000");
        TargetLine byName = goals.year(YEAR).reps().stream().filter(r -> r.username().equals(teammate)).findFirst()
                .orElseThrow();
        assertThat(byName.revenue()).isEqualByComparingTo("1100000");
        // The reps are told, through the same path as a change in the form.
        assertThat(jdbc.queryForObject("select count(*) from app_notification where link = ?", Integer.class,
                TargetLinks.year(YEAR))).isEqualTo(2);

        // The same file again: nothing to do. One changed value: one update, showing the revenue stored now.
        assertThat(preview("targets.csv", bytes).canCommit()).isFalse();
        ImportPreview update = preview("targets.csv", file(HEADER, "rep," + YEAR + ",950000,270000"));
        CsvRow row = update.rows().rows().getFirst();
        assertThat(row.action()).isEqualTo(CsvRow.Action.UPDATE);
        assertThat(row.value("stored_revenue")).isEqualTo("900000.00");
        assertThat(imports.commit(update, CsvProgress.none()).rows().updated()).isEqualTo(1);
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
        ImportPreview preview = preview("targets.csv", file(HEADER,
                company.teammateOf("rep") + "," + YEAR + ",1100000,330000",
                "rep," + YEAR + ",900000,270000"));
        assertThat(preview.canCommit()).isTrue();

        goals.save(TargetOwner.person(repId), YEAR, new BigDecimal("850000"), new BigDecimal("200000"),
                Collections.nCopies(12, BigDecimal.ONE), "Meanwhile", existing.version());

        assertThatThrownBy(() -> imports.commit(preview, CsvProgress.none()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select count(*) from target t join person p on p.id = t.person_id"
                + " where t.fiscal_year = ? and p.username = ?", Integer.class, YEAR, company.teammateOf("rep")))
                .isZero();
    }

    @Test
    void aGermanExcelFileIsMappedByItsHeaderNamesWithExactFigures() {
        TestSupport.signIn(users, "manager");
        String teammate = company.teammateOf("rep");
        // Windows-1252 without a byte-order mark ("Geschäftsjahr" is not valid UTF-8), semicolons, German amounts.
        byte[] bytes = String.join("\r\n",
                "Mitarbeiter oder Team;Geschäftsjahr;Umsatz;Mindest-Rohertrag;Gewicht 1;Gewicht 2;Gewicht 3;"
                        + "Gewicht 4;Gewicht 5;Gewicht 6;Gewicht 7;Gewicht 8;Gewicht 9;Gewicht 10;Gewicht 11;Gewicht 12",
                "rep;" + YEAR + ";1.250.000,50 €;375.000,25;1;1;1;1;1;1;1;1;1;1;1;1,5",
                "\"North\";GJ " + YEAR + ";\"2.500.000,00\";700.000;;;;;;;;;;;;",
                teammate + ";" + YEAR + ";1100000;330000,75;;;;;;;;;;;;", "")
                .getBytes(Charset.forName("windows-1252"));

        ImportDraft draft = imports.analyse(CsvKind.DEALS, "Ziele 2032.csv", bytes, CsvProgress.none());
        assertThat(draft.template()).isFalse();
        assertThat(draft.mapping().kind()).isEqualTo(CsvKind.TARGETS); // recognised although "deals" was chosen
        assertThat(draft.mapping().layout()).isEqualTo(ImportLayout.SALESPACT);
        assertThat(draft.mapping().fields()).doesNotContain(ImportField.IGNORE).hasSize(16);
        ImportPreview preview = imports.preview(draft, draft.mapping(), CsvProgress.none());
        assertThat(messages(preview)).isEmpty();
        assertThat(preview.rows().rows()).extracting(CsvRow::line).containsExactly(2L, 3L, 4L);
        assertThat(imports.commit(preview, CsvProgress.none()).rows().created()).isEqualTo(3);

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

        // The same file again: the saved mapping is used, and nothing changes.
        ImportDraft again = imports.analyse(CsvKind.DEALS, "Ziele 2032.csv", bytes, CsvProgress.none());
        assertThat(again.savedMapping()).isEqualTo("Ziele 2032.csv");
        ImportPreview unchanged = imports.preview(again, again.mapping(), CsvProgress.none());
        assertThat(count(unchanged, CsvRow.Action.UNCHANGED)).isEqualTo(3);
        assertThat(unchanged.canCommit()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from target_revision r join target t on t.id = r.target_id"
                + " where t.fiscal_year = ?", Integer.class, YEAR)).isEqualTo(3);
    }

    @Test
    void repsCannotImportOrExport() {
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> csv.export(2026)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.analyse(CsvKind.TARGETS, "x.csv", file(HEADER), CsvProgress.none()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
