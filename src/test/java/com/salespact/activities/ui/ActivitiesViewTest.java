package com.salespact.activities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.KpiCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ActivitiesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private int callsThisWeek() {
        return jdbc.queryForObject("""
                select count(*) from activity a join person p on p.id = a.rep_id
                where p.username = 'rep' and a.kind = 'CALL' and a.activity_date between '2026-11-16' and '2026-11-22'""",
                Integer.class);
    }

    @Test
    void repLogsACallAndSeesTheWeeklyCountChange() {
        login("rep");
        UI.getCurrent().navigate(ActivitiesView.class);
        int before = callsThisWeek();
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).isEqualTo(before + " / 40");

        _click(_get(Button.class, spec -> spec.withId("quick-call")));

        assertThat(callsThisWeek()).isEqualTo(before + 1);
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).isEqualTo((before + 1) + " / 40");
    }

    @Test
    void floatingLogActionLogsInTwoTapsFromAnyPage() {
        login("rep");
        UI.getCurrent().navigate(ActivitiesView.class);
        int meetingsBefore = jdbc.queryForObject("select count(*) from activity a join person p on p.id = a.rep_id"
                + " where p.username = 'rep' and a.kind = 'MEETING'", Integer.class);

        _click(_get(Button.class, spec -> spec.withId("log-fab")));
        _click(_get(Button.class, spec -> spec.withId("log-meeting")));

        assertThat(jdbc.queryForObject("select count(*) from activity a join person p on p.id = a.rep_id"
                + " where p.username = 'rep' and a.kind = 'MEETING'", Integer.class)).isEqualTo(meetingsBefore + 1);
        String meetings = _get(KpiCard.class, spec -> spec.withId("mas-meetings")).value();
        assertThat(meetings).startsWith(jdbc.queryForObject("""
                select count(*) from activity a join person p on p.id = a.rep_id
                where p.username = 'rep' and a.kind = 'MEETING' and a.activity_date between '2026-11-16' and '2026-11-22'""",
                Integer.class) + " / ");
    }

    @Test
    void managerSeesNoFloatingLogButButtonsLogForThePickedRep() {
        login("manager");
        UI.getCurrent().navigate(ActivitiesView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("log-fab")))
                .isEmpty();
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).endsWith(" / 40");
    }
}
