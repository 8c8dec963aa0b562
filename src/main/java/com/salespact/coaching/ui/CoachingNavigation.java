package com.salespact.coaching.ui;

import com.salespact.base.ui.AddressNumbers;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/** The public way into a rep's development page: {@code development?rep=12}; without a rep, the reader's own. */
public final class CoachingNavigation {

    public static final String ROUTE = "development";
    static final String REP = "rep";

    private CoachingNavigation() {
    }

    public static String location(long repId) {
        return ROUTE + "?" + parameters(repId).getQueryString();
    }

    public static void open(long repId) {
        UI.getCurrent().navigate(CoachingView.class, parameters(repId));
    }

    /** The rep shown, in the address bar without a navigation. */
    static void showState(Long repId) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, parameters(repId)));
    }

    static QueryParameters parameters(Long repId) {
        return repId == null ? QueryParameters.empty() : QueryParameters.of(REP, String.valueOf(repId));
    }

    static Optional<Long> rep(QueryParameters parameters) {
        return AddressNumbers.of(parameters, REP);
    }
}
