package com.salespact.goals.ui;

import com.vaadin.flow.router.Location;
import com.salespact.base.ui.AddressNumbers;
import com.salespact.goals.TargetLinks;
import com.salespact.goals.TargetOwner;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public way into the targets page. Its state lives in the URL: {@code targets?year=2026&rep=12} (or
 * {@code &team=3}) opens a fiscal year with a rep's or a team's target selected. {@link #location} gives that as text
 * (for links and notifications; navigate with the route and its query parameters apart), {@link #open} goes there.
 */
public final class TargetsNavigation {

    public static final String ROUTE = TargetLinks.ROUTE;
    static final String YEAR = TargetLinks.YEAR;
    static final String REP = TargetLinks.REP;
    static final String TEAM = TargetLinks.TEAM;

    private TargetsNavigation() {
    }

    public static String location(int fiscalYear) {
        return location(fiscalYear, null);
    }

    public static String location(int fiscalYear, TargetOwner selected) {
        return ROUTE + "?" + parameters(fiscalYear, selected).getQueryString();
    }

    /** Opens the targets page on a fiscal year, with a rep's or team's target selected (or none). */
    public static void open(int fiscalYear, TargetOwner selected) {
        UI.getCurrent().navigate(TargetsView.class, parameters(fiscalYear, selected));
    }

    /** The year and the selected owner in the address bar without a navigation. */
    static void showState(int fiscalYear, TargetOwner selected) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, parameters(fiscalYear, selected)));
    }

    static QueryParameters parameters(int fiscalYear, TargetOwner selected) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(YEAR, List.of(String.valueOf(fiscalYear)));
        if (selected != null) {
            values.put(selected.isTeam() ? TEAM : REP,
                    List.of(String.valueOf(selected.isTeam() ? selected.teamId() : selected.personId())));
        }
        return new QueryParameters(values);
    }

    static Optional<Integer> year(QueryParameters parameters) {
        return AddressNumbers.of(parameters, YEAR).map(Long::intValue);
    }

    static Optional<TargetOwner> selected(QueryParameters parameters) {
        Optional<Long> rep = AddressNumbers.of(parameters, REP);
        if (rep.isPresent()) {
            return Optional.of(TargetOwner.person(rep.get()));
        }
        return AddressNumbers.of(parameters, TEAM).map(TargetOwner::team);
    }
}
