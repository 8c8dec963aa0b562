package com.salespact.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.base.ui.AccessDeniedView;
import com.salespact.base.ui.KaribuTest;
import com.salespact.messaging.ChatConnectionLine;
import com.salespact.messaging.ChatEvent;
import com.salespact.messaging.ChatType;
import com.salespact.people.Team;
import com.salespact.people.TeamLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ChatConnectionsViewTest extends KaribuTest {

    private static final String SECRET_URL = "https://hooks.slack.com/services/T0AB/B0CD/Secret0123456789wxyz";

    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from outbox_message");
        jdbc.update("delete from chat_connection where name like 'Karibu%'");
    }

    private static List<ChatConnectionLine> rows(ChatConnectionsView view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    /** A row's action: 0 send test, 1 switch on/off, 2 delete. */
    private static Button action(ChatConnectionsView view, int row, int index) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
        return (Button) actions.getComponentAt(index);
    }

    @Test
    void aManagerAddsTestsSwitchesOffAndDeletesAConnectionOfTheirTeamSeeingTheUrlOnlyMasked() {
        long team = company.teamManagedBy("manager");
        login("manager");
        UI.getCurrent().navigate(MessagingNavigation.TEAM_CHAT_ROUTE);
        ChatConnectionsView view = _get(ChatConnectionsView.class);
        assertThat(view.team.isVisible()).as("a manager has one team: no picker").isFalse();
        assertThat(view.team.getValue().id()).isEqualTo(team);
        int before = rows(view).size();

        view.form.name.setValue("Karibu wins");
        view.form.type.setValue(ChatType.TEAMS);
        view.form.webhookUrl.setValue("hooks.slack.com/services/x");
        view.form.events.setValue(Set.of(ChatEvent.DEAL_WON, ChatEvent.WEEKLY_PACE));
        _click(view.add);
        assertThat(view.form.webhookUrl.isInvalid()).isTrue();
        assertThat(view.form.webhookUrl.getErrorMessage())
                .isEqualTo("Enter a complete https:// or http:// address");
        assertThat(view.form.name.getValue()).as("nothing typed is lost").isEqualTo("Karibu wins");
        assertThat(rows(view)).hasSize(before);

        view.form.webhookUrl.setValue(SECRET_URL);
        _click(view.add);
        assertThat(rows(view)).hasSize(before + 1);
        int row = rows(view).stream().map(ChatConnectionLine::name).toList().indexOf("Karibu wins");
        ChatConnectionLine added = rows(view).get(row);
        assertThat(added.maskedUrl()).isEqualTo("https://hooks.slack.com/…/wxyz");
        assertThat(GridKt._getFormatted(view.grid, row, "url")).isEqualTo("https://hooks.slack.com/…/wxyz")
                .doesNotContain("Secret");
        assertThat(added.type()).isEqualTo(ChatType.TEAMS);
        assertThat(added.events()).containsExactlyInAnyOrder(ChatEvent.DEAL_WON, ChatEvent.WEEKLY_PACE);
        assertThat(view.form.webhookUrl.getValue()).as("the form is cleared for the next").isEmpty();

        _click(action(view, row, 0));
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where channel = 'CHAT' and kind = "
                + "'CHAT_TEST' and recipient_address = ?", Integer.class, "chat:" + added.id())).isEqualTo(1);

        Button toggle = action(view, row, 1);
        assertThat(toggle.getText()).isEqualTo("Switch off");
        _click(toggle);
        assertThat(GridKt._getFormatted(view.grid, row, "state")).isEqualTo("Off");
        assertThat(action(view, row, 1).getText()).isEqualTo("Switch on");

        _click(action(view, row, 2));
        assertThat(rows(view)).extracting(ChatConnectionLine::name).doesNotContain("Karibu wins");
    }

    @Test
    void anAdminPicksTheTeamFromTheAddressAndSeesTheDemoExampleSwitchedOff() {
        Long demoTeam = jdbc.queryForObject("select team_id from chat_connection where webhook_url like "
                + "'https://hooks.slack.com/services/T00000000/%'", Long.class);
        login("admin");
        UI.getCurrent().navigate("admin/teams");
        @SuppressWarnings("unchecked")
        Grid<Team> teams = _get(Grid.class, spec -> spec.withId("teams-grid"));
        int teamRow = GridKt._fetch(teams, 0, 100).stream().map(Team::getId).toList().indexOf(demoTeam);
        assertThat(((Anchor) GridKt._getCellComponent(teams, teamRow, "chat")).getHref())
                .as("the teams list links to each team's chat").isEqualTo(TeamLinks.chat(demoTeam));
        MessagingNavigation.toTeamChat(demoTeam);
        ChatConnectionsView view = _get(ChatConnectionsView.class);
        assertThat(view.team.isVisible()).isTrue();
        assertThat(view.team.getValue().id()).isEqualTo(demoTeam);
        assertThat(rows(view)).singleElement().satisfies(line -> {
            assertThat(line.enabled()).as("the demo posts nowhere").isFalse();
            assertThat(line.maskedUrl()).isEqualTo("https://hooks.slack.com/…/XXXX");
        });
        assertThat(GridKt._getFormatted(view.grid, 0, "state")).isEqualTo("Off");
    }

    @Test
    void aRepCannotOpenIt() {
        login("rep");
        UI.getCurrent().navigate(MessagingNavigation.TEAM_CHAT_ROUTE);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(ChatConnectionsView.class)).isEmpty();
    }
}
