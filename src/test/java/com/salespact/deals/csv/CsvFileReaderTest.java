package com.salespact.deals.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting files into rows: separators, quoting, byte-order mark, header checks and, above all, line numbers. */
class CsvFileReaderTest {

    private static final String ACCOUNTS_HEADER = "external_id,name,owner_username,class,business_type,industry,city\n";

    private static CsvFileReader.Result read(CsvKind kind, String text) throws IOException {
        return read(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvFileReader.Result read(CsvKind kind, byte[] bytes) throws IOException {
        return CsvFileReader.read(kind, new ByteArrayInputStream(bytes), CsvProgress.none());
    }

    @Test
    void quotedCommasQuotesAndLineBreaksStayInTheirValueAndLaterLinesKeepTheirNumbers() throws IOException {
        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, ACCOUNTS_HEADER
                + "A-1,\"Smith, Jones & Co\",rep,A,NEW,Law,Leeds\n"            // line 2
                + "A-2,\"The \"\"Best\"\" Bakery\",rep,B,NEW,\"Food\nand\ndrink\",York\n" // lines 3-5
                + "A-3,Plain,rep,C,NEW,,Hull\n");                              // line 6

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.delimiter()).isEqualTo(',');
        assertThat(result.rows()).extracting(CsvFileReader.RawRow::line).containsExactly(2L, 3L, 6L);
        assertThat(result.rows().get(0).values()).containsEntry("name", "Smith, Jones & Co");
        assertThat(result.rows().get(1).values()).containsEntry("name", "The \"Best\" Bakery")
                .containsEntry("industry", "Food\nand\ndrink");
        assertThat(result.rows().get(2).values()).containsEntry("city", "Hull").containsEntry("industry", "");
    }

    @Test
    void windowsLineEndingsBlankLinesAndAMissingLastNewlineKeepLineNumbersExact() throws IOException {
        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, ACCOUNTS_HEADER.replace("\n", "\r\n")
                + "A-1,One,rep,A,NEW,,\r\n"          // line 2
                + "\r\n"                             // line 3: blank, skipped
                + ",,,,,,\r\n"                       // line 4: only separators, skipped
                + "A-2,\"Two\r\nlines\",rep,A,NEW,,\r\n" // lines 5-6
                + "A-3,Three,rep,A,NEW,,");          // line 7, no newline at the end

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.rows()).extracting(CsvFileReader.RawRow::line).containsExactly(2L, 5L, 7L);
        assertThat(result.rows().get(2).values()).containsEntry("name", "Three");
    }

    @Test
    void readsSemicolonFilesWithAByteOrderMarkAsExcelSavesThem() throws IOException {
        byte[] text = ("\uFEFFexternal_id;name;owner_username;class;business_type;industry;city\n"
                + "A-1;\"Müller; Söhne GmbH\";rep;A;EXISTING;Bau;Köln\n").getBytes(StandardCharsets.UTF_8);
        assertThat(text[0]).isEqualTo((byte) 0xEF);

        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, text);

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.columns()).first().isEqualTo("external_id"); // not "\uFEFFexternal_id"
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.values()).containsEntry("name", "Müller; Söhne GmbH").containsEntry("city", "Köln");
        });
    }

    @Test
    void headerNamesAreMatchedLooselyAndOptionalColumnsMayBeLeftOut() throws IOException {
        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, " External ID ,Name,Owner-Username\nA-1,One,rep\n");

        assertThat(result.fileErrors()).isEmpty();
        assertThat(result.columns()).containsExactly("external_id", "name", "owner_username");
        assertThat(result.rows().getFirst().values()).containsEntry("owner_username", "rep");
    }

    @Test
    void missingUnknownAndDuplicateColumnsAreReportedOnLineOneAndNoRowIsRead() throws IOException {
        CsvFileReader.Result result = read(CsvKind.DEALS,
                "external_id,name,name,owner_username,amount,stage,colour\nD-1,x,x,rep,5,PROSPECT,red\n");

        assertThat(result.rows()).isEmpty();
        assertThat(result.fileErrors()).extracting(CsvError::message).containsExactly(
                "line 1: column name appears twice in the header",
                "line 1: unknown column \"colour\"; the columns are external_id, name, account_external_id, "
                        + "owner_username, amount, gross_profit, stage, forecast_category, expected_close_date, "
                        + "next_step, lost_reason, created_date, closed_date",
                "line 1: missing columns account_external_id, gross_profit, expected_close_date (is this a deals "
                        + "file with a header row?)");
    }

    @Test
    void anEmptyFileNeedsAHeader() throws IOException {
        assertThat(read(CsvKind.ACCOUNTS, "").fileErrors()).extracting(CsvError::message)
                .singleElement().asString().startsWith("line 1: the file is empty");
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsAnErrorOnItsLine() throws IOException {
        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, ACCOUNTS_HEADER
                + "A-1,One,rep,A,NEW,,\n"
                + "A-2,Two,rep\n"
                + "A-3,Three,rep,A,NEW,,,extra\n");

        assertThat(result.rows().get(0).errors()).isEmpty();
        assertThat(result.rows().get(1).errors()).extracting(CsvError::message)
                .containsExactly("line 3: has 3 values, but the header has 7 columns");
        assertThat(result.rows().get(2).errors()).extracting(CsvError::message)
                .containsExactly("line 4: has 8 values, but the header has 7 columns");
    }

    @Test
    void brokenQuotingIsReportedAtTheLineItStartsAndStopsReading() throws IOException {
        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, ACCOUNTS_HEADER
                + "A-1,One,rep,A,NEW,,\n"
                + "A-2,\"Two,rep,A,NEW,,\n"
                + "A-3,Three,rep,A,NEW,,\n");

        assertThat(result.rows()).extracting(CsvFileReader.RawRow::line).containsExactly(2L);
        assertThat(result.fileErrors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).startsWith("line 3: the CSV is malformed here").contains("quotes");
        });
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() throws IOException {
        CsvFileReader.Result result = read(CsvKind.ACCOUNTS, ACCOUNTS_HEADER
                + "A-1,One,rep,A,NEW,,\n"
                + "A-2,One,rep,A,NEW,,\n"
                + "A-3,\"Th\"ree,rep,A,NEW,,\n");

        assertThat(result.fileErrors()).singleElement().extracting(CsvError::line).isEqualTo(4L);
    }

    @Test
    void reportsProgressWhileReading() throws IOException {
        StringBuilder text = new StringBuilder(ACCOUNTS_HEADER);
        for (int i = 0; i < 1200; i++) {
            text.append("A-").append(i).append(",Name,rep,A,NEW,,\n");
        }
        List<String> reports = new ArrayList<>();
        CsvFileReader.read(CsvKind.ACCOUNTS, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                (phase, done, total) -> reports.add(phase + " " + done + "/" + total));
        assertThat(reports).containsExactly("READING 500/-1", "READING 1000/-1", "READING 1200/1200");
    }
}
