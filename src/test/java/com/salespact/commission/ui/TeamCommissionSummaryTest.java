package com.salespact.commission.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.TestSupport;
import com.salespact.base.PeriodKind;
import com.salespact.base.ui.KaribuTest;
import com.salespact.commission.CommissionFormat;
import com.salespact.commission.CommissionService;
import com.salespact.commission.RepCommission;
import com.salespact.commission.RepStatement;
import com.salespact.commission.StatementPeriod;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A manager opening the commission page sees the team first and opens a rep's statement from it; a rep never does. */
class TeamCommissionSummaryTest extends KaribuTest {

    private static final StatementPeriod Q4 = new StatementPeriod(PeriodKind.QUARTER, 2026, 4);

    @Autowired CommissionService commission;
    @Autowired UserDetailsService users;

    @BeforeEach
    void removeWhatTheTestAdds() {
        kept.addedTo("commission_query").addedTo("app_notification");
    }

    @SuppressWarnings("unchecked")
    private static Grid<RepCommission> reps() {
        return _get(Grid.class, spec -> spec.withId("commission-team-reps"));
    }

    private static List<RepCommission> lines() {
        return GridKt._fetch(reps(), 0, 50);
    }

    private static int rowOf(String name) {
        return lines().stream().map(RepCommission::repName).toList().indexOf(name);
    }

    private static String heading() {
        return _get(H2.class, spec -> spec.withId("commission-heading")).getText();
    }

    private static TeamCommissionSummary summary() {
        return _get(TeamCommissionSummary.class);
    }

    @Test
    void aManagerSeesEveryTeamRepAsTheirStatementHasItAndAClickOpensTheStatement() {
        long rep = company.personId("rep");
        TestSupport.signIn(users, "rep");
        commission.questionLine(commission.statement(rep, Q4).statement().lines().getFirst().deal().dealId(),
                "Is the accelerator right?");

        login("manager");
        UI.getCurrent().navigate(CommissionView.class);
        assertThat(_get(H3.class, spec -> spec.withId("commission-team-heading")).getText())
                .isEqualTo("North · Q4 FY2026");
        assertThat(summary().teamPicker.isVisible()).as("a manager has one team").isFalse();
        assertThat(lines()).extracting(RepCommission::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(company.teamOf("manager"), null)).isSorted();

        RepStatement statement = commission.statement(rep, Q4);
        CommissionFormat format = commission.format();
        assertThat(GridKt._getFormattedRow(reps(), rowOf("Ravi Patel"))).containsExactly("Ravi Patel",
                format.money(statement.statement().revenue()) + " of "
                        + format.money(statement.statement().target().revenue()),
                format.formats().percent(statement.attainment()), format.cents(statement.statement().total()), "1");
        assertThat(statement.statement().total()).isPositive();

        GridKt._clickItem(reps(), rowOf("Ravi Patel"));
        assertThat(heading()).isEqualTo("Ravi Patel · Q4 FY2026 · 1 Oct 2026 to 31 Dec 2026");
        assertThat(_get(StatementGrid.class, spec -> spec.withId("commission-lines")).getListDataView().getItems()
                .toList()).isEqualTo(statement.statement().lines());
        assertThat(_find(TeamCommissionSummary.class)).as("hidden once a rep is open").isEmpty();

        // Clearing the rep goes back to the team.
        @SuppressWarnings("unchecked")
        ComboBox<PersonSummary> picker = _get(ComboBox.class, spec -> spec.withId("commission-rep"));
        picker.clear();
        assertThat(summary().isVisible()).isTrue();
        assertThat(lines()).hasSize(company.repNamesOf(company.teamOf("manager"), null).size());
    }

    @Test
    void anAdminChoosesTheTeamByPickerOrAddress() {
        login("admin");
        long south = company.teamOf("sofia");
        UI.getCurrent().navigate("commission", QueryParameters.simple(Map.of("team", String.valueOf(south),
                "period", "2026-Q4")));
        assertThat(summary().teamPicker.isVisible()).isTrue();
        assertThat(summary().teamPicker.getValue().id()).isEqualTo(south);
        assertThat(lines()).extracting(RepCommission::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(south, null));

        summary().teamPicker.setValue(summary().teamPicker.getListDataView().getItems()
                .filter(team -> team.id() == company.teamOf("manager")).findFirst().orElseThrow());
        assertThat(lines()).extracting(RepCommission::repName)
                .containsExactlyInAnyOrderElementsOf(company.repNamesOf(company.teamOf("manager"), null));
    }

    @Test
    void aRepSeesTheirOwnStatementAndNoTeamSummary() {
        login("rep");
        UI.getCurrent().navigate(CommissionView.class);
        assertThat(heading()).startsWith("Ravi Patel · ");
        assertThat(_find(TeamCommissionSummary.class)).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("commission-team-reps"))).isEmpty();
    }
}
