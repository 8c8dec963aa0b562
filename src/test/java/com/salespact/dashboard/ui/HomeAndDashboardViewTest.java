package com.salespact.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.HtmlTable;
import com.salespact.goals.query.RepPace;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class HomeAndDashboardViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void managerLandsOnTeamDashboardWithTheTeamsRealQuarterRevenue() {
        login("manager");
        UI.getCurrent().navigate("");
        assertThat(_get(DashboardView.class).getId()).hasValue("team-dashboard");

        BigDecimal wonThisQuarter = jdbc.queryForObject("""
                select sum(d.amount) from deal d join person p on p.id = d.owner_id
                join team t on t.id = p.team_id join person m on m.id = t.manager_id
                where m.username = 'manager' and d.stage = 'WON' and d.closed_on between '2026-10-01' and '2026-12-31'""",
                BigDecimal.class);
        KpiCard revenue = _find(KpiCard.class).getFirst();
        assertThat(revenue.value()).isEqualTo("€" + com.salespact.base.Money.format(wonThisQuarter));
        assertThat(wonThisQuarter).isPositive();
    }

    @Test
    void dashboardRanksRepsByAttainmentNotAmount() {
        login("manager");
        UI.getCurrent().navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        HtmlTable<RepPace> table = _get(HtmlTable.class, spec -> spec.withId("rep-pace"));
        List<RepPace> rows = table.items();
        assertThat(rows).hasSize(6);
        assertThat(rows).extracting(RepPace::attainment).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        String html = table.getElement().getProperty("innerHTML");
        assertThat(html).contains("<th scope=\"col\">Rep</th>").contains(rows.getFirst().fullName());
        assertThat(html.split("class=\"pace-badge ", -1)).hasSize(rows.size() + 1);
    }

    @Test
    void tappingYearShowsTheYearAndTheUrlKeepsIt() {
        login("manager");
        UI.getCurrent().navigate(DashboardView.class);
        com.salespact.base.ui.SegmentedToggle period = _get(com.salespact.base.ui.SegmentedToggle.class,
                spec -> spec.withId("period-picker"));
        assertThat(period.getValue()).isEqualTo("QUARTER");
        assertThat(period.getElement().getAttribute("aria-label")).isEqualTo("Period");

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(period, "click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put(com.salespact.base.ui.SegmentedToggle.TAPPED, "YEAR")
                        .put(com.salespact.base.ui.SegmentedToggle.ON_A_BUTTON, true));

        assertThat(period.getElement().getProperty("innerHTML"))
                .contains("data-value=\"YEAR\" theme=\"primary\" aria-pressed=\"true\"");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).contains("1 Jan 2026 – 31 Dec 2026");

        UI.getCurrent().navigate("dashboard", com.vaadin.flow.router.QueryParameters.fromString("period=month"));
        assertThat(period.getValue()).as("the URL's period").isEqualTo("MONTH");
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).contains("1 Nov 2026 – 30 Nov 2026");
    }

    @Test
    void repLandsOnMyBusinessAndSeesOnlyTheirOwnTeamsSharedDashboard() {
        login("rep");
        UI.getCurrent().navigate("");
        assertThat(_get(MyBusinessView.class).getId()).hasValue("my-business");

        UI.getCurrent().navigate("dashboard");
        @SuppressWarnings("unchecked")
        HtmlTable<RepPace> table = _get(HtmlTable.class, spec -> spec.withId("rep-pace"));
        List<Long> teamReps = company.repIdsOf(company.teamOf("rep"));
        assertThat(table.items()).extracting(RepPace::personId).containsExactlyInAnyOrderElementsOf(teamReps);
        assertThat(_find(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("team-picker")))
                .as("no team picker: a rep sees only their own team").isEmpty();
    }

    @Test
    void everyCardNamesThePeriodChosenInThePicker() {
        login("manager");
        UI.getCurrent().navigate(DashboardView.class);
        com.salespact.base.ui.SegmentedToggle period = _get(com.salespact.base.ui.SegmentedToggle.class,
                spec -> spec.withId("period-picker"));
        // What each period is called on the cards; none of the cards may name another period.
        Map<String, List<String>> words = Map.of(
                "WEEK", List.of("this week", "weekly target"),
                "MONTH", List.of("this month", "monthly target"),
                "QUARTER", List.of("this quarter", "quarter target"),
                "YEAR", List.of("this fiscal year", "fiscal-year target"));
        for (String chosen : List.of("WEEK", "MONTH", "QUARTER", "YEAR")) {
            com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(period, "click",
                    tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put(com.salespact.base.ui.SegmentedToggle.TAPPED, chosen)
                            .put(com.salespact.base.ui.SegmentedToggle.ON_A_BUTTON, true));
            assertThat(period.getValue()).isEqualTo(chosen);

            List<String> cards = _find(KpiCard.class).stream().map(KpiCard::text).toList();
            String own = words.get(chosen).getFirst();
            assertThat(cards).as("cards for %s", chosen)
                    .anySatisfy(card -> assertThat(card).startsWith("Revenue won " + own)
                            .contains(" of ").contains(words.get(chosen).get(1)))
                    .anySatisfy(card -> assertThat(card).startsWith("Gross profit").contains(" minimum ")
                            .endsWith(" " + own))
                    .anySatisfy(card -> assertThat(card).startsWith("Pipeline coverage").contains("closing " + own));
            words.forEach((other, names) -> {
                if (!other.equals(chosen)) {
                    assertThat(String.join(" | ", cards)).as("cards for %s name no %s", chosen, other)
                            .doesNotContain(names.get(0)).doesNotContain(names.get(1));
                }
            });
        }
    }
}
