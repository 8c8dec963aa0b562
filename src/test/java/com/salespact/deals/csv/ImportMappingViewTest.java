package com.salespact.deals.csv;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.Stage;
import com.salespact.deals.ui.ImportView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mapping step as an admin uses it (issue 18, point 1): a Salesforce export is recognised, its columns, stages
 * and owners are proposed, the first rows show as they will be read; an unknown stage is chosen by hand, missing
 * accounts are ticked, and the file imports with progress and a summary.
 */
class ImportMappingViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        CsvFixtures.cleanUp(jdbc, "SF-");
        jdbc.update("delete from import_mapping");
    }

    private static void upload(String name, byte[] bytes) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("csv-upload")), name, "text/csv", bytes);
    }

    private static boolean shown(Class<? extends Component> type, String id) {
        return !_find(type, spec -> spec.withId(id)).isEmpty();
    }

    private static void awaitShown(BooleanSupplier shown) {
        await("the page updates").pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .atMost(Duration.ofSeconds(30)).until(() -> {
                    MockVaadin.runUIQueue();
                    return shown.getAsBoolean();
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportMappingViewTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSalesforceExportIsMappedCheckedAndImported() {
        login("admin");
        UI.getCurrent().navigate(ImportView.class);

        upload("salesforce-opportunities.csv", resource("salesforce-opportunities.csv"));
        awaitShown(() -> shown(Select.class, "import-column-0"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-recognised")).getText())
                .startsWith("Salesforce export (Deals): 5 rows, UTF-8, separated by commas");
        assertThat(select("import-column-0").getLabel()).isEqualTo("Opportunity Owner");
        assertThat(select("import-column-0").getValue()).isEqualTo(ImportField.OWNER);
        assertThat(select("import-column-4").getValue()).isEqualTo(ImportField.AMOUNT);
        assertThat(select("import-stage-0").getLabel()).isEqualTo("Proposal/Price Quote");
        assertThat(select("import-stage-0").getValue()).isEqualTo(Stage.PROPOSAL);
        assertThat(select("import-owner-0").getValue()).isEqualTo("rep");
        assertThat(shown(RadioButtonGroup.class, "import-date-order")).as("12/15 decides").isFalse();
        Grid<Map<String, String>> sample = _get(Grid.class, spec -> spec.withId("import-sample"));
        assertThat(GridKt._size(sample)).isEqualTo(5);
        assertThat(GridKt._get(sample, 0)).containsEntry("amount", "120000.00")
                .containsEntry("expected_close_date", "2026-12-15").containsEntry("stage", "PROPOSAL")
                .containsEntry("external_id", "SF-0065g00000SFa001");

        // A stage without a mapping is marked as a choice to make.
        select("import-stage-0").setValue(null);
        assertThat(select("import-stage-0").isInvalid()).isTrue();
        Checkbox create = _get(Checkbox.class, spec -> spec.withId("import-create-accounts"));
        assertThat(create.getLabel()).isEqualTo("Create missing accounts (3)");

        // Checked without the stage and without the accounts: problems, nothing to commit.
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        awaitShown(() -> shown(Span.class, "csv-counts"));
        assertThat(_get(Button.class, spec -> spec.withId("csv-commit")).isEnabled()).isFalse();

        select("import-stage-0").setValue(Stage.PROPOSAL);
        create.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("import-check")));
        awaitShown(() -> _get(Span.class, spec -> spec.withId("csv-counts")).getText().contains("accounts to create: 3"));
        assertThat(_get(Span.class, spec -> spec.withId("csv-counts")).getText())
                .startsWith("Rows: 5 · to create: 5 · to update: 0 · unchanged: 0 · with problems: 0");
        Button commit = _get(Button.class, spec -> spec.withId("csv-commit"));
        assertThat(commit.isEnabled()).isTrue();

        _click(commit);
        awaitShown(() -> shown(Paragraph.class, "csv-summary")
                && _get(Paragraph.class, spec -> spec.withId("csv-summary")).getText().startsWith("Imported 3"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("csv-summary")).getText())
                .isEqualTo("Imported 3 new accounts and Deals: 5 created, 0 updated, 0 unchanged.");
        assertThat(jdbc.queryForObject("select count(*) from deal where external_id like 'SF-%'", Integer.class))
                .isEqualTo(5);
        assertThat(shown(Select.class, "import-column-0")).isFalse();

        // Next time the saved mapping is used.
        upload("salesforce-opportunities.csv", resource("salesforce-opportunities.csv"));
        awaitShown(() -> shown(Select.class, "import-column-0"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-recognised")).getText())
                .contains("salesforce-opportunities.csv");
    }

    @Test
    void slashedDatesThatReadBothWaysAreAsked() {
        login("admin");
        UI.getCurrent().navigate(ImportView.class);
        String text = "Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Amount,Stage,Close Date\n"
                + "006B1,Alpha,Müller GmbH,Ravi Patel,100,Prospecting,03/04/2027\n";
        upload("ambiguous.csv", text.getBytes(StandardCharsets.UTF_8));
        awaitShown(() -> shown(RadioButtonGroup.class, "import-date-order"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportValues.DateOrder> order = _get(RadioButtonGroup.class,
                spec -> spec.withId("import-date-order"));
        assertThat(order.isInvalid()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<Map<String, String>> sample = _get(Grid.class, spec -> spec.withId("import-sample"));
        assertThat(GridKt._get(sample, 0)).containsEntry("expected_close_date", "");
    }
}
