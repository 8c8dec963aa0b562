package com.salespact.goals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.deals.csv.CsvError;
import com.salespact.deals.csv.CsvKind;
import com.salespact.deals.csv.CsvRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The targets page as a manager edits it and as a rep reads it, and the rep's bell after a change. */
class TargetsViewTest extends KaribuTest {

    private static final int YEAR = 2033;

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanUp() {
        jdbc.update("delete from app_notification where link = ?", "targets?year=" + YEAR);
        jdbc.update("delete from target where fiscal_year = ?", YEAR);
    }

    private int targetsOf(int year) {
        return jdbc.queryForObject("select count(*) from target where fiscal_year = ?", Integer.class, year);
    }

    @SuppressWarnings("unchecked")
    private static Grid<TargetsView.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("targets-grid"));
    }

    private static List<TargetsView.Row> rows() {
        return grid().getListDataView().getItems().toList();
    }

    private void selectRep(String username) {
        long id = company.personId(username);
        TargetsView.Row row = rows().stream().filter(r -> !r.team() && r.owner().personId() == id).findFirst()
                .orElseThrow();
        grid().asSingleSelect().setValue(row);
    }

    private static TargetForm form() {
        return _get(TargetForm.class);
    }

    private static void fill(String revenue, String minGp, String reason) {
        form().revenue.setValue(new BigDecimal(revenue));
        form().minGrossProfit.setValue(new BigDecimal(minGp));
        form().reason.setValue(reason);
    }

    private static void save() {
        _click(_get(Button.class, spec -> spec.withId("target-save")));
    }

    private static List<String> history() {
        return _find(Div.class, spec -> spec.withClasses("target-history-entry")).stream()
                .map(entry -> entry.getChildren().map(child -> ((Span) child).getText()).toList().toString())
                .toList();
    }

    @Test
    void aManagersBadInputIsShownAtTheFieldAndNothingIsSaved() {
        login("manager");
        UI.getCurrent().navigate("targets", QueryParameters.of("year", String.valueOf(YEAR)));
        assertThat(rows()).hasSize(7).first().satisfies(row -> {
            assertThat(row.team()).isTrue();
            assertThat(row.name()).isEqualTo("North");
        });
        selectRep("rep");
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("target-editor-title")).getText())
                .isEqualTo("Ravi Patel · FY" + YEAR);

        fill("100000", "200000", "New year");
        save();
        assertThat(form().minGrossProfit.isInvalid()).isTrue();
        assertThat(form().minGrossProfit.getErrorMessage())
                .isEqualTo("Minimum gross profit cannot be more than the revenue");

        fill("100000", "20000", "");
        save();
        assertThat(form().reason.isInvalid()).isTrue();
        assertThat(form().reason.getErrorMessage()).isEqualTo("Say why the target changes");

        fill("100000", "20000", "New year");
        form().weights.forEach(field -> field.setValue(BigDecimal.ZERO));
        save();
        assertThat(form().weights.getFirst().isInvalid()).isTrue();
        assertThat(form().weights.getFirst().getErrorMessage()).isEqualTo("At least one month needs a weight above zero");

        assertThat(targetsOf(YEAR)).isZero();
    }

    @Test
    void aManagerSavesATargetTheHistoryShowsItAndTheRepsBellTellsThem() {
        login("manager");
        UI.getCurrent().navigate("targets", QueryParameters.of("year", String.valueOf(YEAR)));
        selectRep("rep");
        // January is the first fiscal month; the weights preview the monthly amounts.
        assertThat(form().weights.getFirst().getLabel()).isEqualTo("Jan");
        fill("900000", "270000", "Initial");
        assertThat(form().weights.getFirst().getHelperText()).isEqualTo("€75,000");
        save();
        assertThat(history()).singleElement().asString()
                .contains("Maria Novak", "Set: revenue €900,000 · minimum GP €270,000", "Why: Initial");

        fill("950000", "280000", "Q4 push");
        form().weights.get(11).setValue(new BigDecimal("2"));
        assertThat(form().weights.get(11).getHelperText()).isEqualTo("€146,154");
        save();
        assertThat(history()).hasSize(2).first().asString()
                .contains("Revenue €900,000 → €950,000 · minimum GP €270,000 → €280,000", "Why: Q4 push");
        TargetsView.Row saved = grid().asSingleSelect().getValue();
        assertThat(saved.revenue()).isEqualByComparingTo("950000");
        assertThat(saved.seasonality().weight(12)).isEqualByComparingTo("2");
        TargetsView.Row team = rows().getFirst();
        assertThat(team.revenue()).isEqualByComparingTo("950000"); // the team is the sum of its reps
        assertThat(jdbc.queryForObject("select count(*) from target_revision r join target t on t.id = r.target_id"
                + " where t.fiscal_year = ?", Integer.class, YEAR)).isEqualTo(2);

        login("rep");
        Span count = _get(Span.class, spec -> spec.withId("notification-count"));
        assertThat(count.getText()).isEqualTo("2");
        assertThat(_find(Div.class, spec -> spec.withClasses("notification-item"))).as("closed bell: no items held").isEmpty();
        // The tap on the bell opens the popover in the browser, which tells the server.
        var popover = _get(com.vaadin.flow.component.popover.Popover.class);
        popover.setOpened(true);
        com.vaadin.flow.component.ComponentUtil.fireEvent(popover,
                new com.vaadin.flow.component.popover.Popover.OpenedChangeEvent(popover, true));
        List<String> messages = _find(Span.class, spec -> spec.withClasses("notification-message")).stream()
                .map(Span::getText).toList();
        assertThat(messages).contains("Your FY2033 target changed: 900,000 → 950,000 (Q4 push)",
                "Your FY2033 target is set: 900,000 (Initial)");

        Div latest = _find(Div.class, spec -> spec.withClasses("notification-item")).getFirst();
        _click(latest);
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");
        assertThat(_find(TargetsView.class)).hasSize(1);
        assertThat(rows()).hasSize(1);
        assertThat(rows().getFirst().revenue()).isEqualByComparingTo("950000");
    }

    @Test
    void aRepSeesTheirOwnTargetReadOnlyWithItsHistory() {
        login("rep");
        UI.getCurrent().navigate(TargetsView.class);

        assertThat(rows()).singleElement()
                .satisfies(row -> assertThat(row.owner().personId()).isEqualTo(company.personId("rep")));
        assertThat(grid().asSingleSelect().getValue()).isNotNull();
        assertThat(form().revenue.isReadOnly()).isTrue();
        assertThat(form().weights).allSatisfy(field -> assertThat(field.isReadOnly()).isTrue());
        assertThat(_find(Button.class, spec -> spec.withId("target-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("target-import-open"))).isEmpty();
        assertThat(history()).singleElement().asString().contains("Why: Initial target");
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("target-year"));
        assertThat(year.getValue()).isEqualTo(2026);

        // Another rep's id in the URL shows nothing of theirs.
        long teammate = company.personId(company.teammateOf("rep"));
        UI.getCurrent().navigate("targets", QueryParameters.fromString("year=2026&rep=" + teammate));
        assertThat(rows()).singleElement()
                .satisfies(row -> assertThat(row.owner().personId()).isEqualTo(company.personId("rep")));
    }

    @Test
    void aManagerImportsTargetsThroughTheImportPageWithPreview() {
        login("manager");
        UI.getCurrent().navigate("targets", QueryParameters.of("year", String.valueOf(YEAR)));
        _click(_get(Button.class, spec -> spec.withId("target-import-open")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("deals/import?kind=TARGETS");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<CsvKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("csv-kind"));
        assertThat(kind.getValue()).isEqualTo(CsvKind.TARGETS);
        Upload upload = _get(Upload.class, spec -> spec.withId("csv-upload"));

        UploadKt._upload(upload, "plan.csv", "text/csv", ("username_or_team,fiscal_year,revenue,min_gross_profit\n"
                + "rep," + YEAR + ",900000,300000\nnobody," + YEAR + ",1,2\n").getBytes(StandardCharsets.UTF_8));
        awaitText("csv-counts", "Rows: 2");
        assertThat(_get(Span.class, spec -> spec.withId("csv-counts")).getText())
                .isEqualTo("Rows: 2 · to create: 1 · to update: 0 · unchanged: 0 · with problems: 1");
        assertThat(_get(Button.class, spec -> spec.withId("csv-commit")).isEnabled()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<CsvRow> preview = _get(Grid.class, spec -> spec.withId("csv-grid"));
        assertThat(preview.getListDataView().getItems().flatMap(row -> row.errors().stream()).map(CsvError::message))
                .containsExactly("line 3: \"nobody\" is none of your reps (login or full name) or teams",
                        "line 3: Minimum gross profit cannot be more than the revenue");

        UploadKt._upload(upload, "plan.csv", "text/csv", ("username_or_team,fiscal_year,revenue,min_gross_profit\n"
                + "rep," + YEAR + ",900000,300000\n").getBytes(StandardCharsets.UTF_8));
        awaitText("csv-counts", "Rows: 1");
        Button commit = _get(Button.class, spec -> spec.withId("csv-commit"));
        assertThat(commit.isEnabled()).isTrue();
        _click(commit);
        awaitText("csv-summary", "Imported");
        assertThat(_get(Paragraph.class, spec -> spec.withId("csv-summary")).getText())
                .isEqualTo("Imported Targets: 1 created, 0 updated, 0 unchanged.");
        assertThat(targetsOf(YEAR)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select r.reason from target_revision r join target t on t.id = r.target_id"
                + " where t.fiscal_year = ?", String.class, YEAR)).isEqualTo("CSV import plan.csv");

        UI.getCurrent().navigate("targets", QueryParameters.of("year", String.valueOf(YEAR)));
        assertThat(rows().stream().filter(row -> !row.team() && row.hasAmounts())).hasSize(1);
    }

    /** The import reads and writes off the request thread; its outcome arrives by push. */
    private static void awaitText(String id, String start) {
        await("the import page shows " + start).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(30)).until(() -> {
                    MockVaadin.runUIQueue();
                    return _find(Component.class, spec -> spec.withId(id)).stream()
                            .anyMatch(shown -> ((HasText) shown).getText().startsWith(start));
                });
    }
}
