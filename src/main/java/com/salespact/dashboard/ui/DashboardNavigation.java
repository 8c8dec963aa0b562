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

    /** {@code dashboard?team=3&period=quarter} in the address bar, without a navigation. */
    static void showDashboardState(long teamId, String period) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(DASHBOARD, QueryParameters.simple(
                Map.of("team", String.valueOf(teamId), "period", period.toLowerCase(Locale.ROOT)))));
    }

    /** The full address a wall screen opens: {@code https://host/wall/<token>}, for pasting into a TV's browser. */
    static String wallUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + WALL + "/{token}")
                .buildAndExpand(token).toUriString();
    }
}
