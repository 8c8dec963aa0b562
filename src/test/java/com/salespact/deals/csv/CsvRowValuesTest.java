package com.salespact.deals.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading one value as its column's type, with a message that names the line, the column and the value. */
class CsvRowValuesTest {

    private static RowValues row(Map<String, String> values, boolean decimalComma) {
        return new RowValues(17, values, values.keySet(), decimalComma, List.of());
    }

    private static RowValues row(String column, String value) {
        return row(Map.of(column, value), false);
    }

    @Test
    void readsMoneyWithTwoDecimalsAtMost() {
        assertThat(row("amount", "1234.5").money("amount")).isEqualByComparingTo("1234.50");
        assertThat(row("amount", " 900 ").money("amount")).isEqualTo(new BigDecimal("900.00"));
        assertThat(row("amount", "-5").money("amount")).isEqualByComparingTo("-5"); // the domain refuses it later

        RowValues decimals = row("amount", "12.345");
        assertThat(decimals.money("amount")).isNull();
        assertThat(decimals.errors()).extracting(CsvError::message)
                .containsExactly("line 17: amount 12.345 has more than 2 decimals");
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String bad : List.of("12,50", "1,234.50", "€500", "12e3", "abc", "1.2.3")) {
            RowValues row = row("gross_profit", bad);
            assertThat(row.money("gross_profit")).as(bad).isNull();
            assertThat(row.errors()).singleElement().extracting(CsvError::message).asString()
                    .startsWith("line 17: gross_profit \"" + bad + "\" is not a number");
        }
        RowValues tooLarge = row("amount", "1234567890123");
        assertThat(tooLarge.money("amount")).isNull();
        assertThat(tooLarge.errors()).extracting(CsvError::problem).containsExactly("amount 1234567890123 is too large");
    }

    @Test
    void acceptsADecimalCommaInSemicolonFiles() {
        assertThat(row(Map.of("amount", "1234,50"), true).money("amount")).isEqualByComparingTo("1234.50");
    }

    @Test
    void emptyRequiredValuesAreNamed() {
        RowValues row = row(Map.of("amount", "", "stage", "", "expected_close_date", "", "name", ""), false);
        row.money("amount");
        row.choice("stage", Stage.class, true);
        row.date("expected_close_date");
        row.text("name", true, 200, false);
        assertThat(row.errors()).extracting(CsvError::problem).containsExactly("amount is empty", "stage is empty",
                "expected_close_date is empty", "name is empty");
    }

    @Test
    void readsChoicesIgnoringCaseAndRefusesUnknownOnes() {
        assertThat(row("stage", "negotiation").choice("stage", Stage.class, true)).isEqualTo(Stage.NEGOTIATION);
        assertThat(row("forecast_category", "Best case").choice("forecast_category",
                com.salespact.deals.ForecastCategory.class, false))
                .isEqualTo(com.salespact.deals.ForecastCategory.BEST_CASE);

        RowValues unknown = row("stage", "Closed Won");
        assertThat(unknown.choice("stage", Stage.class, true)).isNull();
        assertThat(unknown.errors()).extracting(CsvError::message).containsExactly(
                "line 17: stage \"Closed Won\" is not one of PROSPECT, QUALIFIED, PROPOSAL, NEGOTIATION, WON, LOST");
    }

    @Test
    void readsIsoDatesOnly() {
        assertThat(row("expected_close_date", "2026-12-31").date("expected_close_date"))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        for (String bad : List.of("31.12.2026", "12/31/2026", "2026-02-30", "2026-13-01", "tomorrow")) {
            RowValues row = row("expected_close_date", bad);
            assertThat(row.date("expected_close_date")).as(bad).isNull();
            assertThat(row.errors()).extracting(CsvError::message).containsExactly("line 17: expected_close_date \""
                    + bad + "\" is not a date; write it as yyyy-MM-dd, e.g. 2026-12-31");
        }
    }

    @Test
    void refusesControlCharactersButLetNotesHaveLineBreaks() {
        RowValues bell = row("name", "Acme\u0007 Ltd");
        assertThat(bell.text("name", true, 200, false)).isNull();
        assertThat(bell.errors()).extracting(CsvError::message)
                .containsExactly("line 17: name: remove the control character U+0007 at position 5: it cannot be stored");

        RowValues nul = row("next_step", "call\u0000");
        assertThat(nul.text("next_step", false, 500, true)).isNull();
        assertThat(nul.errors()).extracting(CsvError::problem)
                .containsExactly("next_step: remove the null character at position 5: it cannot be stored");

        RowValues newlineInName = row("name", "two\nlines");
        assertThat(newlineInName.text("name", true, 200, false)).isNull();
        assertThat(row("next_step", "call\n\tthen mail").text("next_step", false, 500, true))
                .isEqualTo("call\n\tthen mail");
    }

    @Test
    void refusesTextThatWasNotUtf8AndTextThatDoesNotFit() {
        RowValues latin1 = row("name", "M\uFFFDller");
        assertThat(latin1.text("name", true, 200, false)).isNull();
        assertThat(latin1.errors()).extracting(CsvError::problem).singleElement().asString().contains("not UTF-8");

        RowValues tooLong = row("external_id", "x".repeat(81));
        assertThat(tooLong.text("external_id", true, 80, false)).isNull();
        assertThat(tooLong.errors()).extracting(CsvError::problem)
                .containsExactly("external_id \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\": at most 80 characters — you typed 81");
    }

    @Test
    void sayHowLongAValueMayBeAndHowLongItIs() {
        RowValues pasted = row("name", "y".repeat(10_000));
        assertThat(pasted.text("name", true, 200, false)).isNull();
        assertThat(pasted.errors()).extracting(CsvError::problem).singleElement().asString()
                .endsWith(": at most 200 characters — you typed 10,000");
    }

    @Test
    void dropsTheApostropheTheExportPutsBeforeFormulaCharacters() {
        assertThat(row("name", "'=SUM(A1)").text("name", true, 200, false)).isEqualTo("=SUM(A1)");
        assertThat(row("name", "'quoted'").text("name", true, 200, false)).isEqualTo("'quoted'");
        assertThat(DealCsvExport.text("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(DealCsvExport.text("-5% discount")).isEqualTo("'-5% discount");
        assertThat(DealCsvExport.text("Acme")).isEqualTo("Acme");
    }

    @Test
    void knowsWhichColumnsTheFileHas() {
        RowValues row = new RowValues(2, Map.of("name", "x"), Set.of("name"), false, List.of());
        assertThat(row.has("name")).isTrue();
        assertThat(row.has("city")).isFalse();
        assertThat(row.raw("city")).isEmpty();
    }
}
