package com.salespact.activities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.activities.ActivityKind;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.KpiCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ActivitiesViewTest extends KaribuTest {

    /** The test clock's week (Wednesday 2026-11-18). */
    private static final LocalDate THIS_WEEK_MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate THIS_WEEK_SUNDAY = LocalDate.of(2026, 11, 22);

    /** The calls and meetings logged here are deleted afterwards. */
    @BeforeEach
    void forgetWhatIsLogged() {
        kept.addedTo("activity");
    }

    private int callsThisWeek() {
        return company.activitiesOf("rep", ActivityKind.CALL, THIS_WEEK_MONDAY, THIS_WEEK_SUNDAY);
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
        int meetingsBefore = company.activitiesOf("rep", ActivityKind.MEETING);

        _click(_get(Button.class, spec -> spec.withId("log-fab")));
        _click(_get(Button.class, spec -> spec.withId("log-meeting")));

        assertThat(company.activitiesOf("rep", ActivityKind.MEETING)).isEqualTo(meetingsBefore + 1);
        String meetings = _get(KpiCard.class, spec -> spec.withId("mas-meetings")).value();
        assertThat(meetings).startsWith(
                company.activitiesOf("rep", ActivityKind.MEETING, THIS_WEEK_MONDAY, THIS_WEEK_SUNDAY) + " / ");
    }

    @Test
    void managerSeesNoFloatingLogButButtonsLogForThePickedRep() {
        login("manager");
        ActivitiesNavigation.open(company.personId("rep"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("log-fab")))
                .isEmpty();
        assertThat(_get(KpiCard.class, spec -> spec.withId("mas-calls")).value()).endsWith(" / 40");
    }
}
