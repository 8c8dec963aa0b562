package com.salespact.deals.csv;

import static com.salespact.deals.csv.CsvFixtures.ACCOUNTS_HEADER;
import static com.salespact.deals.csv.CsvFixtures.DEALS_HEADER;
import static com.salespact.deals.csv.CsvFixtures.file;
import static com.salespact.deals.csv.CsvFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.TestSupport;
import com.salespact.deals.DealFilter;
import com.salespact.deals.DealService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The deal list export: what the list shows (filter, sort, scope), page by page, and importable again. */
@SpringBootTest
@ActiveProfiles("test")
class CsvExportTest {

    private static final String P = "CSVE-";

    @Autowired DealCsvExport export;
    @Autowired DealService deals;
    @Autowired CsvImportService imports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        TestSupport.signOut();
        CsvFixtures.cleanUp(jdbc, P);
    }

    private byte[] exportOf(DealFilter filter, Sort sort) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.writeTo(filter, sort, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> records(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(DealCsvExport.COLUMNS);
            return parser.getRecords();
        }
    }

    private void importClean(CsvKind kind, String text) {
        CsvPreview preview = imports.preview(kind, stream(text));
        assertThat(preview.errors()).isEmpty();
        imports.commit(preview);
    }

    @Test
    void exportsTheFilteredSortedListAndTheFileImportsBackUnchanged() throws IOException {
        TestSupport.signIn(users, "manager");
        importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,Csve Alpha,rep,A,NEW,,"));
        importClean(CsvKind.DEALS, file(DEALS_HEADER,
                P + "D1,Csve b deal,CSVE-A1,rep,1000.50,200,PROPOSAL,BEST_CASE,2026-12-15,\"call, then\nmail\",",
                P + "D2,Csve a deal,CSVE-A1,lkim,800,300,LOST,,2026-11-02,,Budget cut",
                P + "D3,=Csve formula,CSVE-A1,rep,10,1,PROSPECT,,2026-12-01,,"));

        byte[] bytes = exportOf(DealFilter.all().withText("csve"), Sort.by(Sort.Order.desc("name")));
        List<CSVRecord> rows = records(bytes);

        assertThat(rows).extracting(row -> row.get("external_id")).containsExactly(P + "D1", P + "D2", P + "D3");
        CSVRecord first = rows.getFirst();
        assertThat(first.get("account_external_id")).isEqualTo(P + "A1");
        assertThat(first.get("owner_username")).isEqualTo("rep");
        assertThat(first.get("amount")).isEqualTo("1000.50");
        assertThat(first.get("next_step")).isEqualTo("call, then\nmail");
        assertThat(first.get("account_name")).isEqualTo("Csve Alpha");
        assertThat(rows.get(1).get("lost_reason")).isEqualTo("Budget cut");
        assertThat(rows.get(2).get("name")).isEqualTo("'=Csve formula"); // a spreadsheet must not run it

        CsvPreview again = imports.preview(CsvKind.DEALS, new ByteArrayInputStream(bytes));
        assertThat(again.errors()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.toCreate() + again.toUpdate()).isZero();
    }

    @Test
    void controlCharactersStoredBeforeFormsRefusedThemAreNeverWrittenAndTheDatesAre() throws IOException {
        TestSupport.signIn(users, "manager");
        importClean(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,Csve Alpha,rep,A,NEW,,"));
        importClean(CsvKind.DEALS, file(DEALS_HEADER + ",created_date,closed_date",
                P + "D1,Csve tabs,CSVE-A1,rep,10,1,PROSPECT,,2026-12-15,,,2026-05-04,",
                P + "D2,Csve won,CSVE-A1,rep,10,1,WON,,2026-10-15,,,2026-09-01,2026-10-12"));
        // As rows stored by an older form could hold them (PostgreSQL takes no NUL in text, so BEL stands in).
        jdbc.update("update deal set name = ?, next_step = ? where external_id = ?", "Csve\ttab\u0007bell",
                "call\tthen\u0007\nmail", P + "D1");

        List<CSVRecord> rows = records(exportOf(DealFilter.all().withText("csve"), Sort.by("name")));

        assertThat(rows).extracting(row -> row.get("name")).containsExactly("Csve tab bell", "Csve won");
        assertThat(rows.getFirst().get("next_step")).isEqualTo("call\tthen \nmail"); // a note keeps TAB and breaks
        assertThat(rows).extracting(row -> row.get("created_date") + "/" + row.get("closed_date"))
                .containsExactly("2026-05-04/", "2026-09-01/2026-10-12");
        assertThat(DealCsvExport.text("a\u0000b\tc")).isEqualTo("a b c");
    }

    @Test
    void aRepExportsOnlyTheirOwnDealsAndAnAdminAllOfThemPageByPage() throws IOException {
        TestSupport.signIn(users, "rep");
        List<CSVRecord> own = records(exportOf(DealFilter.all(), Sort.unsorted()));
        assertThat(own).hasSize(deals.count(DealFilter.all())).isNotEmpty();
        assertThat(own).extracting(row -> row.get("owner_username")).containsOnly("rep");
        TestSupport.signOut();

        TestSupport.signIn(users, "admin");
        List<CSVRecord> all = records(exportOf(DealFilter.open(), Sort.by("amount")));
        int open = jdbc.queryForObject("select count(*) from deal where stage not in ('WON', 'LOST')", Integer.class);
        int everything = jdbc.queryForObject("select count(*) from deal", Integer.class);
        assertThat(all).hasSize(open);
        assertThat(all).extracting(row -> row.get("stage")).doesNotContain("WON", "LOST");
        assertThat(all).extracting(row -> Double.parseDouble(row.get("amount"))).isSorted();
        assertThat(records(exportOf(DealFilter.all(), Sort.unsorted()))).hasSize(everything)
                .hasSizeGreaterThan(DealCsvExport.PAGE * 2);
        assertThat(Arrays.asList(DealCsvExport.COLUMNS.toArray())).startsWith(CsvKind.DEALS.columns().toArray());
    }
}
