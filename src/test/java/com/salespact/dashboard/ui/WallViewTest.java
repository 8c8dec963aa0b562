package com.salespact.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.salespact.TestSupport;
import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.chart.EChart;
import com.salespact.deals.ClosingDraft;
import com.salespact.deals.ClosingService;
import com.salespact.deals.ClosingSettlement;
import com.salespact.deals.ClosingTestDeals;
import com.salespact.deals.DealChanged;
import com.salespact.deals.DealDetails;
import com.salespact.deals.DealDraft;
import com.salespact.deals.DealService;
import com.salespact.deals.Stage;
import com.salespact.people.RepStyle;
import com.salespact.security.DisplayTokenService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class WallViewTest extends KaribuTest {

    @Autowired DisplayTokenService displays;
    @Autowired DealService deals;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;
    @Autowired ClosingService closings;
    @Autowired ClosingSettlement settlement;
    @Autowired ApplicationEvents events;

    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-18T10:00:00Z");
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 18);

    private long northTeam() {
        return company.teamManagedBy("manager");
    }

    /** The wall links made here are deleted afterwards. */
    @org.junit.jupiter.api.BeforeEach
    void forgetNewTokens() {
        kept.addedTo("display_token");
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
        List<String> northHunters = company.repNamesOf(northTeam(), RepStyle.HUNTER);
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
        long id = company.newestWallToken().id();
        displays.revoke(id);
        TestSupport.signOut();
        MockVaadin.clientRoundtrip(false);
        awaitUntil(() -> !_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied")).isEmpty());

        UI.getCurrent().navigate("wall/" + token);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wall-denied"))).hasSize(1);
        assertThat(company.wallToken(id).tokenHash())
                .hasSize(64).doesNotContain(token);
    }

    @Test
    void aWinIsCelebratedOnceItsUndoWindowHasPassedAndAnUndoneWinNever() {
        String token = newToken();
        UI.getCurrent().navigate("wall/" + token);
        WallView wall = _get(WallView.class);
        ClosingTestDeals fresh = new ClosingTestDeals(deals, users, jdbc);
        try {
            DealDetails undone = fresh.negotiation("rep", "Wall test – undone win");
            DealDetails kept = fresh.negotiation("rep", "Wall test – kept win");
            events.clear();
            TestSupport.signIn(users, "rep");
            closings.close(undone.id(), undone.version(), Stage.WON, new ClosingDraft(undone.amount(), TODAY, null));
            closings.undo(undone.id());
            closings.close(kept.id(), kept.version(), Stage.WON, new ClosingDraft(kept.amount(), TODAY, null));
            TestSupport.signOut();
            assertThat(events.stream(DealChanged.class)).as("nothing while undoable").isEmpty();

            assertThat(settlement.settleDue(NOW.plusSeconds(10))).isEqualTo(1);

            awaitUntil(() -> wall.bannerText().contains(kept.name()));
            assertThat(wall.bannerText()).contains("just won").doesNotContain(undone.name());
            assertThat(events.stream(DealChanged.class)).extracting(DealChanged::dealId, DealChanged::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(kept.id(), DealChanged.Kind.WON));
        } finally {
            fresh.deleteAll();
        }
    }

    @Test
    void theStaleMarkerWaitsHiddenAndTheServerAnswersWithItsTimeOfDay() {
        String token = newToken();
        UI.getCurrent().navigate("wall/" + token);
        WallView wall = _get(WallView.class);

        Span marker = _get(Span.class, spec -> spec.withId("wall-stale"));
        assertThat(marker.getElement().hasAttribute("hidden")).isTrue();
        // The browser shows "Last updated" with the last answer (test clock 10:00Z, company zone UTC).
        assertThat(wall.stillThere()).isEqualTo("10:00");
        assertThat(wall.getTranslation("wall.stale", "10:00")).isEqualTo("Last updated 10:00");
    }
}
