package com.salespact.deals.csv;

import com.salespact.base.ui.AccessDeniedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.salespact.deals.csv.CsvFixtures.ACCOUNTS_HEADER;
import static com.salespact.deals.csv.CsvFixtures.file;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.ui.ImportView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The import page as a manager uses it: upload, read the preview, commit; and a rep who may not. */
class CsvImportViewTest extends KaribuTest {

    private static final String P = "CSVV-";

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        CsvFixtures.cleanUp(jdbc, P);
    }

    @SuppressWarnings("unchecked")
    private static Grid<CsvRow> grid() {
        return _get(Grid.class, spec -> spec.withId("csv-grid"));
    }

    private static Button commit() {
        return _get(Button.class, spec -> spec.withId("csv-commit"));
    }

    private static Span counts() {
        return _get(Span.class, spec -> spec.withId("csv-counts"));
    }

    private static Paragraph summary() {
        return _get(Paragraph.class, spec -> spec.withId("csv-summary"));
    }

    @SuppressWarnings("unchecked")
    private static void upload(CsvKind kind, String text) {
        _get(RadioButtonGroup.class, spec -> spec.withId("csv-kind")).setValue(kind);
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("csv-upload")), kind.name().toLowerCase() + ".csv",
                "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Karibu finds visible components only. */
    private static boolean shown(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !_find(type, spec -> spec.withId(id)).isEmpty();
    }

    /** The work runs on another thread and reports with UI.access; run those until the page shows the result. */
    private static void awaitShown(BooleanSupplier shown) {
        await("the page updates").pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .atMost(Duration.ofSeconds(30)).until(() -> {
                    MockVaadin.runUIQueue();
                    return shown.getAsBoolean();
                });
    }

    @Test
    void aFileWithProblemsShowsThemWithTheirLinesAndCannotBeCommitted() {
        login("manager");
        UI.getCurrent().navigate(ImportView.class);

        upload(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER,
                P + "A1,Alpha,rep,A,NEW,,",
                P + "A2,\"Beta,\nwith a line break\",rep,Z,NEW,,",   // lines 3-4: a line break in a name, class Z
                P + "A3,Gamma,nobody,A,NEW,,"));                     // line 5
        awaitShown(() -> shown(Span.class, "csv-counts"));

        assertThat(counts().getText()).isEqualTo(
                "Rows: 3 · to create: 1 · to update: 0 · unchanged: 0 · with problems: 2");
        assertThat(_get(Checkbox.class, spec -> spec.withId("csv-only-problems")).getValue()).isTrue();
        Grid<CsvRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(2); // only the rows with problems
        assertThat(GridKt._get(grid, 0).line()).isEqualTo(3);
        assertThat(GridKt._get(grid, 0).errors()).extracting(CsvError::message)
                .containsExactly("line 3: name: remove the line break at position 6: it cannot be stored",
                        "line 3: class \"Z\" is not one of A, B, C");
        assertThat(GridKt._getFormatted(grid, 1, "owner_username")).isEqualTo("nobody");
        assertThat(GridKt._get(grid, 1).errors()).extracting(CsvError::message)
                .containsExactly("line 5: owner_username \"nobody\": no one of that name in your team");
        assertThat(commit().isEnabled()).isFalse();
        assertThat(summary().getText()).contains("Fix them in the file");
        assertThat(jdbc.queryForObject("select count(*) from account where external_id like ?", Integer.class,
                P + "%")).isZero();
    }

    @Test
    void aCleanFileIsCommittedWithProgressAndASummary() {
        login("manager");
        UI.getCurrent().navigate(ImportView.class);

        upload(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,Alpha,rep,A,NEW,,", P + "A2,Beta,lkim,B,NEW,,"));
        awaitShown(() -> shown(Span.class, "csv-counts"));
        assertThat(counts().getText()).startsWith("Rows: 2 · to create: 2");
        assertThat(commit().isEnabled()).isTrue();
        assertThat(commit().getText()).isEqualTo("Commit: import 2 rows");

        _click(commit());
        // The commit runs on another thread; until it reports back, the page shows progress and no second commit.
        assertThat(shown(ProgressBar.class, "csv-progress")).isTrue();
        assertThat(commit().isEnabled()).isFalse();
        awaitShown(() -> shown(Paragraph.class, "csv-summary") && summary().getText().startsWith("Imported"));

        assertThat(summary().getText()).startsWith("Imported Accounts: 2 created, 0 updated, 0 unchanged");
        assertThat(jdbc.queryForObject("select count(*) from account where external_id like ?", Integer.class,
                P + "%")).isEqualTo(2);

        // The same file again: nothing to do.
        upload(CsvKind.ACCOUNTS, file(ACCOUNTS_HEADER, P + "A1,Alpha,rep,A,NEW,,", P + "A2,Beta,lkim,B,NEW,,"));
        awaitShown(() -> shown(Span.class, "csv-counts"));
        assertThat(counts().getText()).isEqualTo(
                "Rows: 2 · to create: 0 · to update: 0 · unchanged: 2 · with problems: 0");
        assertThat(commit().isEnabled()).isFalse();
        assertThat(summary().getText()).startsWith("Nothing to import");
    }

    @Test
    void theFormatsAreExplainedWithATemplatePerKind() {
        login("admin");
        UI.getCurrent().navigate(ImportView.class);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("csv-template")).getText())
                .isEqualTo("Download a template: salespact-deals-template.csv");
        upload(CsvKind.ACCOUNTS, ""); // switches the kind; an empty file is a problem of the file
        awaitShown(() -> shown(Span.class, "csv-counts"));
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("csv-file-errors"))
                .getElement().getTextRecursively()).startsWith("line 1: the file is empty; it needs a header row");
        assertThat(commit().isEnabled()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("csv-template")).getText())
                .isEqualTo("Download a template: salespact-accounts-template.csv");
        assertThat(CsvKind.DEALS.template()).isNotEmpty();
    }

    @Test
    void aRepCannotOpenTheImport() {
        login("rep");
        UI.getCurrent().navigate("deals/import");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(ImportView.class)).isEmpty();
    }
}
