package com.salespact.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where the dashboards live: the team dashboard's state in the URL and a wall screen's address. */
public final class DashboardNavigation {

    static final String DASHBOARD = "dashboard";
    static final String WALL = "wall";

    private DashboardNavigation() {
    }

    /** The {@code team} parameter of the company-wide dashboard (admins): {@code dashboard?team=all}. */
    static final String ALL_TEAMS = "all";

    /** {@code dashboard?team=3&period=quarter} in the address bar, without a navigation. */
    static void showDashboardState(long teamId, String period) {
        showDashboardState(String.valueOf(teamId), period);
    }

    /** {@code dashboard?team=all&period=quarter}: the company-wide dashboard, without a navigation. */
    static void showCompanyState(String period) {
        showDashboardState(ALL_TEAMS, period);
    }

    private static void showDashboardState(String team, String period) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(DASHBOARD, parameters(team, period)));
    }

    /** {@code dashboard?team=3&period=quarter}: a team's dashboard, as a link. */
    static String teamLocation(long teamId, String period) {
        return new Location(DASHBOARD, parameters(String.valueOf(teamId), period)).getPathWithQueryParameters();
    }

    private static QueryParameters parameters(String team, String period) {
        Map<String, java.util.List<String>> values = new java.util.LinkedHashMap<>();
        values.put("team", java.util.List.of(team));
        values.put("period", java.util.List.of(period.toLowerCase(Locale.ROOT)));
        return new QueryParameters(values);
    }

    /** The full address a wall screen opens: {@code https://host/wall/<token>}, for pasting into a TV's browser. */
    static String wallUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + WALL + "/{token}")
                .buildAndExpand(token).toUriString();
    }
}
