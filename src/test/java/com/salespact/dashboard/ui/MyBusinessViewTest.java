package com.salespact.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.activities.ActivityKind;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.KpiCard;
import com.salespact.base.ui.chart.Series;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MyBusinessViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repSeesWhereTheBusinessIsHasBeenAndIsComingFrom() {
        login("rep");
        UI.getCurrent().navigate(MyBusinessView.class);
        MyBusinessView view = _get(MyBusinessView.class);

        // Where it is coming from: the stacked pipeline adds up to the rep's open deals closing in the next 6 months.
        BigDecimal open = jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
                where p.username = 'rep' and d.stage in ('PROSPECT','QUALIFIED','PROPOSAL','NEGOTIATION')
                  and d.expected_close_date between '2026-11-01' and '2027-04-30'""", BigDecimal.class);
        BigDecimal charted = view.pipeline.getOption().series().stream().flatMap(s -> s.values().stream())
                .map(n -> new BigDecimal(n.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(charted).isEqualByComparingTo(open);
        assertThat(view.pipeline.getOption().series()).extracting(Series::stack).containsOnly("pipeline");

        // Where it has been: four past quarters, the last one Q3 with its real won revenue.
        assertThat(view.history.getOption().categories()).containsExactly("Q4 FY2025", "Q1 FY2026", "Q2 FY2026", "Q3 FY2026");
        BigDecimal q3 = jdbc.queryForObject("""
                select coalesce(sum(d.amount), 0) from deal d join person p on p.id = d.owner_id
                where p.username = 'rep' and d.stage = 'WON' and d.closed_on between '2026-07-01' and '2026-09-30'""",
                BigDecimal.class);
        assertThat(new BigDecimal(view.history.getOption().series().getFirst().values().get(3).toString()))
                .isEqualByComparingTo(q3);

        // Where it is: the gauge shows the pace percentage and the coverage tile is filled.
        assertThat(view.gauge.getOption().isGauge()).isTrue();
        assertThat(_get(KpiCard.class, spec -> spec.withId("coverage")).value()).endsWith("×");
        // My business shows the quarter, and its cards say so.
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(KpiCard.class)).extracting(KpiCard::text)
                .anySatisfy(text -> assertThat(text).startsWith("Revenue won this quarter").contains("quarter target"))
                .anySatisfy(text -> assertThat(text).startsWith("Pipeline coverage").contains("closing this quarter"));
    }

    @Test
    void repSeesBothSidesOfTheSignedPactWithThisWeeksActuals() {
        long repId = company.personId("rep");
        long managerId = company.personId("manager");
        jdbc.update("delete from coaching_session where rep_id = ? and topic = 'Pact scorecard test'", repId);
        jdbc.update("insert into coaching_session (rep_id, manager_id, held_on, hours, topic) "
                + "values (?, ?, date '2026-11-10', 1.5, 'Pact scorecard test')", repId, managerId);
        // The demo company's coaching this month counts too; the test's 1.5 h come on top.
        BigDecimal coached = jdbc.queryForObject("""
                select sum(hours) from coaching_session where rep_id = ?
                  and held_on between date '2026-11-01' and date '2026-11-18'""", BigDecimal.class, repId);
        int calls = company.activitiesOf(repId, ActivityKind.CALL, LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 22));
        try {
            login("rep");
            UI.getCurrent().navigate(MyBusinessView.class);

            String mine = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("pact-scorecard-mas"))
                    .getElement().getTextRecursively();
            assertThat(mine).contains("pact version 2").contains("Calls" + calls + " of 40");
            String theirs = _get(com.vaadin.flow.component.html.Div.class,
                    spec -> spec.withId("pact-scorecard-commitments")).getElement().getTextRecursively();
            // November 2026 has 21 working days: 2 coaching hours a month, 1.5 logged by this test.
            assertThat(theirs).contains("Coaching in the field or on calls"
                            + coached.stripTrailingZeros().toPlainString() + " of 2")
                    .contains("Deal support: an answer within 24 hoursagreed in the pact");
        } finally {
            jdbc.update("delete from coaching_session where rep_id = ? and topic = 'Pact scorecard test'", repId);
        }
    }
}
