package com.salespact.activities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.activities.ActivityKind;
import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.base.FiscalCalendar;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.Pace;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.KpiCard;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager opening the activities page sees the team's week against the standards, reps behind first, and opens a
 * rep from it; an admin chooses the team; a rep never sees it (clock frozen on Wednesday 2026-11-18).
 */
class TeamWeekSectionTest extends KaribuTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);

    @Autowired ScorecardQuery scorecards;
    @Autowired com.salespact.activities.ActivityService activities;

    @BeforeEach
    void forgetWhatIsLogged() {
        kept.addedTo("activity");
    }

    @SuppressWarnings("unchecked")
    private static Grid<WeekScorecard> reps() {
        return _get(Grid.class, spec -> spec.withId("activities-team-reps"));
    }

    private static List<WeekScorecard> rows() {
        return GridKt._fetch(reps(), 0, 50);
    }

    private static int rowOf(String name) {
        return rows().stream().map(WeekScorecard::repName).toList().indexOf(name);
    }

    private static Span cell(int row, ScoreLine.Metric metric) {
        return (Span) GridKt._getCellComponent(reps(), row, metric.name());
    }

    private static TeamWeekSection section() {
        return _get(TeamWeekSection.class);
    }

    private static boolean teamWeekShown() {
        return !_find(TeamWeekSection.class).isEmpty();
    }

    private static boolean repWeekShown() {
        return !_find(Div.class, spec -> spec.withId("activities-rep-week")).isEmpty();
    }

    private static Location location() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }

    @Test
    void aManagerOpensOnTheTeamsWeekRepsBehindFirstEachStandardInItsPaceColour() {
        long north = company.teamManagedBy("manager");
        login("manager");
        UI.getCurrent().navigate(ActivitiesView.class);

        assertThat(teamWeekShown()).isTrue();
        assertThat(repWeekShown()).as("no rep is picked yet").isFalse();
        assertThat(_find(KpiCard.class)).isEmpty();
        assertThat(section().teamPicker.isVisible()).as("a manager has one team").isFalse();
        assertThat(_get(H3.class, spec -> spec.withId("activities-team-heading")).getText())
                .isEqualTo("North · this week (16 Nov 2026 – 22 Nov 2026) against the minimum standards");

        List<WeekScorecard> rows = rows();
        assertThat(rows).extracting(WeekScorecard::repName)
                .containsExactlyInAnyOrderElementsOf(company.activeRepNamesOf(north));
        assertThat(rows).isSortedAccordingTo(WeekScorecard.BEHIND_FIRST);
        assertThat(rows.getFirst().pace()).as("the seeded week has reps at risk, and they come first")
                .isEqualTo(Pace.AT_RISK);
        assertThat(rows).as("in the order the query ranks them (WeekScorecardTest: behind first)")
                .isEqualTo(scorecards.teamWeek(north, FiscalCalendar.isoWeekOf(TODAY), TODAY));

        int ravi = rowOf("Ravi Patel");
        WeekScorecard card = rows.get(ravi);
        int calls = company.activitiesOf("rep", ActivityKind.CALL, MONDAY, SUNDAY);
        assertThat(cell(ravi, ScoreLine.Metric.CALLS).getText())
                .isEqualTo(calls + " / " + card.line(ScoreLine.Metric.CALLS).minimum());
        for (int row = 0; row < rows.size(); row++) {
            for (ScoreLine.Metric metric : ScoreLine.Metric.values()) {
                Span span = cell(row, metric);
                ScoreLine line = rows.get(row).line(metric);
                if (line.minimum() == 0) { // nothing due: a plain figure, no pace colour
                    assertThat(span.getElement().getAttribute("data-pace")).isNull();
                    assertThat(span.getClassNames()).contains("rag-cell", "no-standard");
                    assertThat(span.getText()).isEqualTo(line.actual() + " / —");
                    continue;
                }
                assertThat(span.getElement().getAttribute("data-pace")).isEqualTo(line.pace().name());
                assertThat(span.getClassNames()).contains("rag-cell", "pace-" + line.pace().name().toLowerCase());
            }
        }
        assertThat(GridKt._getFormattedRow(reps(), ravi).getLast())
                .isIn("Signed pact", "Company default");
    }

    @Test
    void aClickOnARepOpensTheirActivitiesAndClearingThePickerComesBackToTheTeam() {
        login("manager");
        UI.getCurrent().navigate(ActivitiesView.class);
        long ravi = company.personId("rep");

        GridKt._clickItem(reps(), rowOf("Ravi Patel"));

        assertThat(location().getPath()).isEqualTo("activities");
        assertThat(location().getQueryParameters().getSingleParameter("rep")).contains(String.valueOf(ravi));
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> picker = _get(ComboBox.class, spec -> spec.withId("activity-rep"));
        assertThat(picker.getValue().id()).isEqualTo(ravi);
        assertThat(repWeekShown()).isTrue();
        assertThat(teamWeekShown()).isFalse();
        int before = company.activitiesOf("rep", ActivityKind.CALL, MONDAY, SUNDAY);
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).startsWith(before + " / ");

        _click(_get(Button.class, spec -> spec.withId("quick-call")));
        assertThat(company.activitiesOf("rep", ActivityKind.CALL, MONDAY, SUNDAY)).isEqualTo(before + 1);
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).startsWith((before + 1) + " / ");

        picker.clear();
        assertThat(teamWeekShown()).isTrue();
        assertThat(repWeekShown()).isFalse();
        assertThat(cell(rowOf("Ravi Patel"), ScoreLine.Metric.CALLS).getText()).startsWith((before + 1) + " / ");
    }

    @Test
    void anActivityLoggedMeanwhileReachesTheTeamsWeekLive() {
        login("manager");
        UI.getCurrent().navigate(ActivitiesView.class);
        int before = company.activitiesOf("rep", ActivityKind.CALL, MONDAY, SUNDAY);
        assertThat(cell(rowOf("Ravi Patel"), ScoreLine.Metric.CALLS).getText()).startsWith(before + " / ");

        activities.log(company.personId("rep"), ActivityKind.CALL, TODAY);

        awaitUntil(() -> cell(rowOf("Ravi Patel"), ScoreLine.Metric.CALLS).getText().startsWith((before + 1) + " / "));
    }

    @Test
    void aManagerAskingForARepOfAnotherTeamGetsTheirOwnTeam() {
        login("manager");
        UI.getCurrent().navigate("activities", QueryParameters.simple(Map.of("rep",
                String.valueOf(company.personId(company.repOfAnotherTeam("manager"))))));
        assertThat(teamWeekShown()).isTrue();
        assertThat(repWeekShown()).isFalse();
        assertThat(rows()).extracting(WeekScorecard::repName)
                .containsExactlyInAnyOrderElementsOf(company.activeRepNamesOf(company.teamManagedBy("manager")));
    }

    @Test
    void anAdminChoosesTheTeamByAddressOrPicker() {
        long south = company.teamManagedBy("sofia");
        long north = company.teamManagedBy("manager");
        login("admin");
        UI.getCurrent().navigate("activities", QueryParameters.simple(Map.of("team", String.valueOf(south))));
        assertThat(section().teamPicker.isVisible()).isTrue();
        assertThat(section().teamPicker.getValue().id()).isEqualTo(south);
        assertThat(rows()).extracting(WeekScorecard::repName)
                .containsExactlyInAnyOrderElementsOf(company.activeRepNamesOf(south));

        section().teamPicker.setValue(section().teamPicker.getListDataView().getItems()
                .filter(team -> team.id() == north).findFirst().orElseThrow());
        assertThat(rows()).extracting(WeekScorecard::repName)
                .containsExactlyInAnyOrderElementsOf(company.activeRepNamesOf(north));
    }

    @Test
    void aRepSeesTheirOwnWeekAndNoTeamEvenWhenTheAddressNamesAnotherRep() {
        login("rep");
        UI.getCurrent().navigate("activities", QueryParameters.simple(Map.of("rep",
                String.valueOf(company.personId(company.teammateOf("rep"))))));
        assertThat(_find(TeamWeekSection.class)).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("activities-team-reps"))).isEmpty();
        int calls = company.activitiesOf("rep", ActivityKind.CALL, MONDAY, SUNDAY);
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).startsWith(calls + " / ");
    }
}
