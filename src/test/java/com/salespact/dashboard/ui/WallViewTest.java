package com.salespact.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.salespact.TestSupport;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.chart.EChart;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.security.DisplayTokenService;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class WallViewTest extends KaribuTest {

    @Autowired DisplayTokenService displays;
    @Autowired DealService deals;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    private long northTeam() {
        return jdbc.queryForObject("select t.id from team t join person m on m.id = t.manager_id where m.username = 'manager'",
                Long.class);
    }

    private String newToken() {
        TestSupport.signIn(users, "manager");
        String token = displays.create("Floor TV", northTeam(), 20);
        TestSupport.signOut();
        return token;
    }

    @Test
    void wallOpensWithoutLoginAndShowsTheTeamsFiguresOnly() {
        String token = newToken();
        UI.getCurrent().navigate("wall/" + token);
        WallView wall = _get(WallView.class);
        EChart hunters = _get(EChart.class, spec -> spec.withId("wall-hunters"));
        EChart farmers = _get(EChart.class, spec -> spec.withId("wall-farmers"));
        List<String> northHunters = jdbc.queryForList("""
                select p.full_name from person p where p.team_id = ? and p.role = 'REP' and p.rep_style = 'HUNTER'""",
                String.class, northTeam());
        assertThat(hunters.getOption().categories()).containsExactlyInAnyOrderElementsOf(northHunters);
        assertThat(farmers.getOption().categories()).hasSize(3).doesNotContainAnyElementsOf(northHunters);
        assertThat(wall.getElement().getThemeList()).contains("dark");
        assertThat(hunters.getConfigJson()).contains("dark");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied"))).isEmpty();
    }

    @Test
    void unknownOrRevokedTokenGetsDisplayNotAuthorised() {
        UI.getCurrent().navigate("wall/not-a-real-token");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied"))
                .getElement().getTextRecursively()).contains("Display not authorised");

        String token = newToken();
        UI.getCurrent().navigate("wall/" + token);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied"))).isEmpty();
        TestSupport.signIn(users, "manager");
        long id = jdbc.queryForObject("select max(id) from display_token", Long.class);
        displays.revoke(id);
        TestSupport.signOut();
        MockVaadin.clientRoundtrip(false);
        awaitUntil(() -> !_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied")).isEmpty());

        UI.getCurrent().navigate("wall/" + token);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied"))).hasSize(1);
        assertThat(jdbc.queryForObject("select token_hash from display_token where id = ?", String.class, id))
                .hasSize(64).doesNotContain(token);
    }

    @Test
    void aWonDealRaisesTheCelebrationBanner() {
        String token = newToken();
        UI.getCurrent().navigate("wall/" + token);
        WallView wall = _get(WallView.class);

        long dealId = jdbc.queryForObject("select max(d.id) from deal d join person p on p.id = d.owner_id"
                + " where p.username = 'rep' and d.stage = 'NEGOTIATION'", Long.class);
        TestSupport.signIn(users, "rep");
        var deal = deals.load(dealId).orElseThrow();
        deals.moveStage(dealId, Stage.WON, deal.version());
        TestSupport.signOut();

        awaitUntil(() -> wall.bannerText().contains(deal.name()));
        assertThat(wall.bannerText()).contains("just won");
    }

    /** Live updates arrive on another thread; Karibu runs queued UI.access tasks on each round trip. */
    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            MockVaadin.clientRoundtrip(false);
            Thread.onSpinWait();
        }
    }
}
