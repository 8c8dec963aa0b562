package com.salespact.activities;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.ImportField;
import com.salespact.deals.ui.ImportView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mapping step recognises a Salesforce activity report as activities, offers that kind, and imports it. */
class ActivityImportViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        ActivityImportTest.deleteImported(jdbc);
        ActivityImportTest.insertAccountsAndDeal(jdbc);
    }

    @AfterEach
    void cleanUp() {
        ActivityImportTest.deleteImported(jdbc);
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

    @Test
    void aSalesforceActivityReportIsOfferedAsActivitiesAndImported() throws IOException {
        login("manager");
        UI.getCurrent().navigate(ImportView.class);
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/import/salesforce-activities.csv")) {
            file = in.readAllBytes();
        }
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("csv-upload")), "salesforce-activities.csv",
                "text/csv", file);
        awaitShown(() -> !_find(Select.class, spec -> spec.withId("import-column-0")).isEmpty());

        Select<CsvKind> kind = select("import-kind");
        assertThat(kind.getListDataView().getItems()).contains(CsvKind.ACTIVITIES);
        assertThat(kind.getValue()).isEqualTo(CsvKind.ACTIVITIES);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-recognised")).getText())
                .startsWith("Salesforce export (Activities (calls, meetings)): 4 rows");
        assertThat(select("import-column-1").getValue()).isEqualTo(ImportField.ACTIVITY_KIND);
        assertThat(select("import-column-1").getListDataView().getItems()).contains(ImportField.ACTIVITY_DATE)
                .doesNotContain(ImportField.AMOUNT);

        Select<String> call = select("import-activity-type-0");
        assertThat(call.getLabel()).isEqualTo("Call");
        assertThat(call.getValue()).isEqualTo("CALL");
        assertThat(call.getListDataView().getItems()).containsExactly("CALL", "MEETING", "PROPOSAL", "PROSPECTING");
        assertThat(select("import-activity-type-1").getValue()).isEqualTo("MEETING");

        _click(_get(Button.class, spec -> spec.withId("import-check")));
        awaitShown(() -> !_find(Span.class, spec -> spec.withId("csv-counts")).isEmpty()
                && _get(Span.class, spec -> spec.withId("csv-counts")).getText().startsWith("Rows: 4"));
        assertThat(_get(Span.class, spec -> spec.withId("csv-counts")).getText())
                .startsWith("Rows: 4 · to create: 4 · to update: 0 · unchanged: 0 · with problems: 0");
        _click(_get(Button.class, spec -> spec.withId("csv-commit")));
        awaitShown(() -> !_find(Paragraph.class, spec -> spec.withId("csv-summary")).isEmpty()
                && _get(Paragraph.class, spec -> spec.withId("csv-summary")).getText().startsWith("Imported"));

        assertThat(jdbc.queryForObject("select count(*) from activity where external_id like 'SF-00T5g%'",
                Integer.class)).isEqualTo(4);
    }
}
