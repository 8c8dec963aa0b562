package com.salespact.pact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salespact.base.ui.KaribuTest;
import com.salespact.pact.LadderRung;
import com.salespact.pact.MasLine;
import com.salespact.pact.Motivator;
import com.salespact.pact.GoalFlexibility;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.pact.PactOverviewRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole pact conversation through the UI: a manager fills the five steps (bad input refused at the field),
 * proposes; the rep signs; the manager countersigns; a change makes version 2 with the difference marked.
 */
class PactWizardViewTest extends KaribuTest {

    /** A rep the demo data gives no pact. */
    static final String REP = "jberg";

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void removePacts() {
        com.salespact.pact.PactTestData.removePactOf(jdbc, REP);
    }

    /** Clicks the rep's action button in the pact list, as a manager does. */
    @SuppressWarnings("unchecked")
    private void startPactFromList() {
        UI.getCurrent().navigate("pacts");
        Grid<PactOverviewRow> grid = _get(Grid.class, spec -> spec.withId("pacts-grid"));
        List<PactOverviewRow> rows = grid.getListDataView().getItems().toList();
        long repId = company.personId(REP);
        int index = rows.indexOf(rows.stream().filter(row -> row.repId() == repId).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid, index, "action"));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> RowsField<T> rows(String id) {
        return _get(RowsField.class, spec -> spec.withId(id));
    }

    private static void next() {
        _click(_get(Button.class, spec -> spec.withId("pact-next")));
    }

    private long versionOf(int number) {
        return company.pactVersionOf(REP, number);
    }

    private String statusOf(int number) {
        return company.pactVersion(versionOf(number)).status();
    }

    @Test
    void managerFillsTheFiveStepsRepSignsManagerCountersignsAndAChangeShowsItsDiff() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);
        assertThat(location()).isEqualTo("pacts/" + version + "/targets");

        // Step 1, pre-filled from the rep's target for the year; a negative revenue is refused at the field.
        BigDecimal target = company.target(company.personId(REP), 2026).revenue();
        BigDecimalField revenue = _get(BigDecimalField.class, spec -> spec.withId("pact-revenue"));
        assertThat(revenue.getValue()).isEqualByComparingTo(target);
        assertThat(rows("pact-mas").getValue()).hasSize(5);
        revenue.setValue(new BigDecimal("-5"));
        area("pact-plan").setValue("Two new logos a month from the northern territory");
        next();
        assertThat(location()).isEqualTo("pacts/" + version + "/targets");
        assertThat(revenue.isInvalid()).isTrue();
        assertThat(revenue.getErrorMessage()).isEqualTo("Enter a revenue target above zero");
        // What was typed is saved even though the step is not complete.
        assertThat(company.pactVersion(version).stepTargets())
                .contains("Two new logos a month");
        revenue.setValue(new BigDecimal("900000"));
        next();
        assertThat(location()).isEqualTo("pacts/" + version + "/expectations");

        // Step 2.
        next();
        assertThat(area("pact-kpis").isInvalid()).isTrue();
        area("pact-kpis").setValue("Revenue, GP, MAS");
        area("pact-responsibilities").setValue("Own the northern pipeline");
        next();
        assertThat(location()).isEqualTo("pacts/" + version + "/motivations");

        // Step 3.
        this.<Motivator>rows("pact-motivators").setValue(List.of(Motivator.CAREER_GROWTH, Motivator.MONEY));
        area("pact-personal-goals").setValue("Team lead within two years");
        @SuppressWarnings("unchecked")
        Select<GoalFlexibility> flexibility = _get(Select.class, spec -> spec.withId("pact-flexibility"));
        flexibility.setValue(GoalFlexibility.REVIEWED_QUARTERLY);
        next();
        assertThat(location()).isEqualTo("pacts/" + version + "/consequences");

        // Step 4: the default ladder is a complete step.
        assertThat(this.<LadderRung>rows("pact-ladder").getValue()).hasSize(4);
        next();

        // Step 5: the formula computes from history; its result can become the activity standards.
        assertThat(location()).isEqualTo("pacts/" + version + "/role");
        assertThat(_get(Div.class, spec -> spec.withId("pact-formula-result")).getElement().getTextRecursively())
                .contains("calls / week", "meetings / week");
        _click(_get(Button.class, spec -> spec.withId("pact-formula-apply")));
        this.<String>rows("pact-focus").setValue(List.of("Discovery questions"));
        next();
        assertThat(location()).isEqualTo("pacts/" + version + "/review");
        assertThat(_find(Div.class, spec -> spec.withId("pact-missing"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("pact-propose")));
        assertThat(statusOf(1)).isEqualTo("PROPOSED");
        assertThat(company.notificationCount(REP, "PACT_PROPOSED")).isEqualTo(1);

        // The rep signs, explicitly.
        login(REP);
        UI.getCurrent().navigate("pacts/" + version + "/review");
        Button sign = _get(Button.class, spec -> spec.withId("pact-sign"));
        assertThat(sign.isEnabled()).isFalse();
        _get(Checkbox.class, spec -> spec.withId("pact-agree")).setValue(true);
        _click(sign);
        assertThat(company.pactVersion(version).repSigned()).isTrue();

        // The manager countersigns; the pact is in force.
        login("manager");
        UI.getCurrent().navigate("pacts/" + version + "/review");
        _get(Checkbox.class, spec -> spec.withId("pact-agree")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("pact-countersign")));
        assertThat(statusOf(1)).isEqualTo("SIGNED");

        // The printout: the formula's numbers as proposed with where each came from, amounts in the company's
        // currency, the period it covers.
        UI.getCurrent().navigate("pact-print/" + version);
        String printed = _get(PactPrintView.class).getElement().getTextRecursively();
        assertThat(printed).contains("€900,000", "Formula: average deal size", "Formula: per selling week",
                "calls", "Period").doesNotContain("from history");
        assertThat(printed).containsAnyOf("(the rep's own last 12 months)", "(the team's last 12 months)");
        assertThat(_get(Div.class, spec -> spec.withId("pact-document-period")).getElement().getTextRecursively())
                .doesNotContain("Set when both have signed").matches("(?s).*\\d{4} – \\d+ \\w+ \\d{4}.*");
        assertThat(company.pactVersion(version).formulaAgreed())
                .contains("OWN", "averageDealSize");

        // A change is version 2; the review page marks what differs from version 1.
        UI.getCurrent().navigate("pacts/" + version + "/review");
        _click(_get(Button.class, spec -> spec.withId("pact-new-version")));
        long second = versionOf(2);
        assertThat(location()).isEqualTo("pacts/" + second + "/targets");
        area("pact-plan").setValue("Three new logos a month");
        _click(_get(Button.class, spec -> spec.withId("pact-step-review")));
        assertThat(location()).isEqualTo("pacts/" + second + "/review");
        assertThat(_get(Div.class, spec -> spec.withId("pact-diff-summary")).getElement().getTextRecursively())
                .contains("1 change compared with signed version 1");
        Div changed = _get(Div.class, spec -> spec.withClasses("pact-changed"));
        assertThat(changed.getElement().getTextRecursively()).contains("Plan to achieve", "Three new logos a month",
                "was: Two new logos a month");
        assertThat(statusOf(1)).isEqualTo("SIGNED");
        assertThat(statusOf(2)).isEqualTo("DRAFT");
    }

    @Test
    void typingIsMarkedUnsavedAndWrittenWhenTheSideNavigationLeavesTheStep() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);
        Span status = _get(Span.class, spec -> spec.withId("pact-save-status"));

        area("pact-plan").setValue("Typed, then straight to the side navigation");

        // Not written yet (that happens a moment later or on leaving), and the page does not claim it is.
        assertThat(status.getText()).isEqualTo("Saving…");
        assertThat(status.getElement().getAttribute("data-state")).isEqualTo("unsaved");
        assertThat(planOf(version)).doesNotContain("straight to the side navigation");

        UI.getCurrent().navigate("pacts");

        assertThat(location()).isEqualTo("pacts");
        assertThat(planOf(version)).contains("Typed, then straight to the side navigation");
    }

    @Test
    void theStepBarKeepsItsButtonsThroughASaveAndItsFirstClickLeavesWithTheTextSaved() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);
        Button expectations = _get(Button.class, spec -> spec.withId("pact-step-expectations"));
        Span status = _get(Span.class, spec -> spec.withId("pact-save-status"));

        // Typing is written a moment later without anything else happening, and only then called saved.
        area("pact-plan").setValue("Written a moment after typing");
        awaitSaved(status);
        assertThat(status.getText()).startsWith("All changes saved");
        assertThat(planOf(version)).contains("Written a moment after typing");

        // The save kept the step bar's buttons: a click that had started on one is not lost.
        assertThat(_get(Button.class, spec -> spec.withId("pact-step-expectations"))).isSameAs(expectations);
        area("pact-plan").setValue("Typed, then straight to the step bar");
        _click(expectations);
        assertThat(location()).isEqualTo("pacts/" + version + "/expectations");
        assertThat(planOf(version)).contains("Typed, then straight to the step bar");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMotivatorPickedTwiceIsRefusedAtTheFieldAtOnce() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);
        UI.getCurrent().navigate("pacts/" + version + "/motivations");
        RowsField<Motivator> motivators = rows("pact-motivators");
        Button add = _get(motivators, Button.class, spec -> spec.withClasses("pact-rows-add"));

        _click(add);
        _get(motivators, Select.class, spec -> { }).setValue(Motivator.MONEY);
        _click(add);
        List<Select> selects = _find(motivators, Select.class);
        selects.get(1).setValue(Motivator.MONEY);

        assertThat(motivators.isInvalid()).isTrue();
        assertThat(motivators.getErrorMessage()).isEqualTo("Money is listed twice: rank each motivator once");
        selects.get(1).setValue(Motivator.CAREER_GROWTH);
        assertThat(motivators.isInvalid()).isFalse();
    }

    @Test
    void aNegativeStandardIsMarkedOnItsRowAndATooLargeOneAtTheList() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);
        RowsField<MasLine> standards = rows("pact-mas");
        List<BigDecimalField> minimums = _find(standards, BigDecimalField.class);
        minimums.get(1).setValue(new BigDecimal("-3"));
        next();

        assertThat(location()).isEqualTo("pacts/" + version + "/targets");
        List<Div> entries = _find(standards, Div.class, spec -> spec.withClasses("pact-row-entry"));
        assertThat(entries).hasSize(5);
        assertThat(entries).extracting(entry -> entry.hasClassName("pact-row-invalid"))
                .containsExactly(false, true, false, false, false);
        Span problem = _get(entries.get(1), Span.class, spec -> spec.withClasses("pact-row-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("A minimum cannot be negative");
        assertThat(standards.isInvalid()).as("the list itself is fine; one row is not").isFalse();

        minimums.get(1).setValue(new BigDecimal("3"));
        assertThat(entries.get(1).hasClassName("pact-row-invalid")).as("changing the row clears its mark").isFalse();
        assertThat(problem.isVisible()).isFalse();

        // A number too large to store is refused at the list it is in, not in a notification over the form.
        minimums.get(2).setValue(new BigDecimal("1000000000"));
        next();
        assertThat(location()).isEqualTo("pacts/" + version + "/targets");
        assertThat(standards.isInvalid()).isTrue();
        assertThat(standards.getErrorMessage()).isEqualTo("Numbers must be below 100,000,000");
    }

    /** Runs the UI's pending tasks until the deferred save has pushed its result (at most ten seconds). */
    private static void awaitSaved(Span status) {
        await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .atMost(Duration.ofSeconds(10)).until(() -> {
                    if ("saved".equals(status.getElement().getAttribute("data-state"))) {
                        return true;
                    }
                    com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
                    return "saved".equals(status.getElement().getAttribute("data-state"));
                });
    }

    private String planOf(long version) {
        return company.pactVersion(version).stepTargets();
    }

    @Test
    void theFormulaResultBecomesTheWeeklyStandards() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);
        UI.getCurrent().navigate("pacts/" + version + "/role");
        _click(_get(Button.class, spec -> spec.withId("pact-formula-apply")));

        UI.getCurrent().navigate("pacts/" + version + "/targets");
        List<MasLine> lines = this.<MasLine>rows("pact-mas").getValue();
        assertThat(lines).extracting(MasLine::metric).startsWith(com.salespact.pact.MasMetric.CALLS,
                com.salespact.pact.MasMetric.MEETINGS, com.salespact.pact.MasMetric.NEW_OPPORTUNITIES);
        assertThat(lines).hasSize(5);
        assertThat(jdbc.queryForObject("select count(*) from mas_line where pact_version_id = ?", Integer.class,
                version)).isEqualTo(5);
    }

    @Test
    void aRepCannotOpenAnotherRepsPact() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);

        login("rep");
        UI.getCurrent().navigate("pacts/" + version + "/targets");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.salespact.base.ui.NotFoundView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("error-text")).getText())
                .isEqualTo("That pact does not exist or is not yours to see.");
        assertThat(_find(BigDecimalField.class, spec -> spec.withId("pact-revenue"))).isEmpty();
    }

    @Test
    void aRepReadsTheirDraftButCannotEditIt() {
        login("manager");
        startPactFromList();
        long version = versionOf(1);

        login(REP);
        UI.getCurrent().navigate("pacts/" + version + "/targets");

        assertThat(_get(BigDecimalField.class, spec -> spec.withId("pact-revenue")).isReadOnly()).isTrue();
    }
}
