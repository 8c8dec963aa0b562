package com.salespact.pact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.pact.LadderService;
import com.salespact.pact.PactOverviewRow;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ui.ReviewsNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the governing pact shows: the manager's pact list (rung, out of step, next year's pact), the pact page (rung
 * with why, out of step with the way to catch up), the rep's My business, the 1:1 and the quarterly review (rung with
 * the agreed consequence on the agenda). On the demo company after the weekly ladder check; rolled back.
 */
@Transactional
class PactGovernsViewTest extends KaribuTest {

    @Autowired LadderService ladder;
    @Autowired ReviewService reviews;

    /** The weekly check for North's reps with a pact, as the manager's job would run it. */
    private void evaluateNorth() {
        login("manager");
        for (String rep : List.of("lkim", "elarsen", "rep")) {
            ladder.evaluate(company.personId(rep));
        }
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PactOverviewRow> grid() {
        return _get(Grid.class, spec -> spec.withId("pacts-grid"));
    }

    private static int rowOf(Grid<PactOverviewRow> grid, String name) {
        List<PactOverviewRow> rows = grid.getListDataView().getItems().toList();
        return rows.indexOf(rows.stream().filter(row -> row.repName().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void thePactListShowsTheRungOutOfStepAndNextYearsPact() {
        evaluateNorth();
        UI.getCurrent().navigate("pacts");
        Grid<PactOverviewRow> grid = grid();

        Span lena = (Span) GridKt._getCellComponent(grid, rowOf(grid, "Lena Kim"), "ladder");
        assertThat(lena.getElement().getAttribute("data-rung")).isEqualTo("1");
        assertThat(lena.getText()).isEqualTo("Rung 1 of 3");
        assertThat(GridKt._getFormattedRow(grid, rowOf(grid, "Lena Kim"))).contains("v2 proposed");
        Span ravi = (Span) GridKt._getCellComponent(grid, rowOf(grid, "Ravi Patel"), "ladder");
        assertThat(ravi.getText()).isEqualTo("Rung 4 of 4");
        assertThat(ravi.getElement().getAttribute("title")).startsWith("Missed Q3");
        assertThat(text(GridKt._getCellComponent(grid, rowOf(grid, "Emma Larsen"), "status")))
                .contains("Out of step with targets");
        assertThat(text(GridKt._getCellComponent(grid, rowOf(grid, "Lena Kim"), "status")))
                .doesNotContain("Out of step");
    }

    @Test
    void aClickOnARowOpensThePactInForce() {
        evaluateNorth();
        UI.getCurrent().navigate("pacts");
        Grid<PactOverviewRow> grid = grid();
        PactOverviewRow emma = grid.getListDataView().getItems().filter(row -> row.repName().equals("Emma Larsen"))
                .findFirst().orElseThrow();
        assertThat(emma.signedVersionId()).isNotNull();

        GridKt._clickItem(grid, rowOf(grid, "Emma Larsen"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("pacts/" + emma.signedVersionId() + "/review");
        assertThat(_find(PactWizardView.class)).hasSize(1);
    }

    @Test
    void thePactPageShowsTheRungWithWhyAndOffersToCatchUpWithTheTarget() {
        evaluateNorth();
        long signed = company.signedPactVersionOf("elarsen");
        PactNavigation.toReview(signed);

        assertThat(text(_get(Div.class, spec -> spec.withId("pact-out-of-step"))))
                .contains("Out of step with targets: Emma Larsen's target was changed outside this pact");
        var standing = ladder.standing(company.personId("elarsen")).orElseThrow();
        assertThat(text(_get(Div.class, spec -> spec.withId("ladder-section")))).contains(
                "Rung " + standing.rung() + " of 4", "Why: " + standing.reason(),
                "Agreed in the pact: " + standing.consequence());
        assertThat(text(_get(Div.class, spec -> spec.withId("pact-period"))))
                .contains("In force from 13 Jan 2026 until 31 Dec 2026");

        _click(_get(Button.class, spec -> spec.withId("pact-out-of-step-start")));

        BigDecimal raised = company.target(company.personId("elarsen"), 2026).revenue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).matches("pacts/\\d+/targets");
        assertThat(_get(com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("pact-revenue"))
                .getValue()).isEqualByComparingTo(raised);
    }

    @Test
    void theRepSeesTheirRungOnMyBusinessAndTheOneOnOneHasTheConsequence() {
        evaluateNorth();
        login("lkim");
        UI.getCurrent().navigate("my");

        Div section = _get(Div.class, spec -> spec.withId("ladder-section"));
        assertThat(text(section)).contains("Rung 1 of 3", "Agreed in the pact: Coaching talk at the next 1:1",
                "1 missed week: W46 calls");
        assertThat(_find(Span.class, spec -> spec.withId("my-business-out-of-step"))).isEmpty();

        long next = reviews.nextOneOnOne(company.personId("lkim")).id();
        UI.getCurrent().navigate(ReviewsNavigation.location(next));
        assertThat(text(_get(Div.class, spec -> spec.withId("review-ladder")))).contains("Rung 1 of 3");
        assertThat(company.agendaOf(next))
                .anySatisfy(item -> assertThat(item)
                        .startsWith("Consequence agreed in the pact (rung 1 of 3): Coaching talk at the next 1:1"));
    }

    @Test
    void theQuarterlyReviewShowsTheLadderAndARepOutOfStepSeesIt() {
        evaluateNorth();
        long quarterly = company.lastReviewOf("rep", "QUARTERLY_PLAN");
        UI.getCurrent().navigate(ReviewsNavigation.location(quarterly));
        assertThat(text(_get(Div.class, spec -> spec.withId("review-ladder"))))
                .contains("Rung 4 of 4", "Why: Missed Q3");

        login("elarsen");
        UI.getCurrent().navigate("my");
        assertThat(_get(Span.class, spec -> spec.withId("my-business-out-of-step")).getText())
                .startsWith("Out of step with targets: your target was changed outside your pact");
    }
}
