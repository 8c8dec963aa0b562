package com.salespact.activities.ui;

import com.salespact.base.ui.AddressNumbers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public way into the activities page. Its state lives in the URL: {@code activities?rep=12} opens a rep's week
 * and history; without a rep a manager (or an admin, {@code activities?team=3}) sees the team's week against the
 * standards. A rep always sees their own.
 */
public final class ActivitiesNavigation {

    public static final String ROUTE = "activities";
    static final String REP = "rep";
    static final String TEAM = "team";

    private ActivitiesNavigation() {
    }

    /** {@code activities?rep=12}: one rep's activities. */
    public static String location(long repId) {
        return ROUTE + "?" + parameters(repId, null).getQueryString();
    }

    /** Opens one rep's activities. */
    public static void open(long repId) {
        UI.getCurrent().navigate(ActivitiesView.class, parameters(repId, null));
    }

    /** The rep shown, or without one the team shown, in the address bar without a navigation. */
    static void showState(Long repId, Long teamId) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, parameters(repId, teamId)));
    }

    private static QueryParameters parameters(Long repId, Long teamId) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (repId != null) {
            values.put(REP, List.of(String.valueOf(repId)));
        } else if (teamId != null) {
            values.put(TEAM, List.of(String.valueOf(teamId)));
        }
        return new QueryParameters(values);
    }

    static Optional<Long> rep(QueryParameters parameters) {
        return AddressNumbers.of(parameters, REP);
    }

    static Optional<Long> team(QueryParameters parameters) {
        return AddressNumbers.of(parameters, TEAM);
    }
}
