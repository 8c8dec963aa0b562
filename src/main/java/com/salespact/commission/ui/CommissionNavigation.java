package com.salespact.commission.ui;

import com.vaadin.flow.router.Location;
import com.salespact.base.ui.AddressNumbers;
import com.salespact.commission.CommissionLinks;
import com.salespact.commission.StatementPeriod;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public way into the commission page. Its state lives in the URL: {@code commission?rep=12&period=2026-Q4}
 * opens a rep's statement for a fiscal quarter ({@code 2026-M11}: a fiscal month, {@code 2026}: a fiscal year).
 * Without a period it shows this quarter; without a rep, a rep's own statement or, for managers and admins, the rep
 * picker over their team's summary ({@code commission?team=3&period=2026-Q4}: an admin's choice of team).
 */
public final class CommissionNavigation {

    public static final String ROUTE = CommissionLinks.ROUTE;
    static final String REP = CommissionLinks.REP;
    static final String PERIOD = CommissionLinks.PERIOD;
    static final String TEAM = CommissionLinks.TEAM;

    private CommissionNavigation() {
    }

    public static String location(Long repId, StatementPeriod period) {
        String query = parameters(repId, period).getQueryString();
        return query.isEmpty() ? ROUTE : ROUTE + "?" + query;
    }

    public static void open(Long repId, StatementPeriod period) {
        UI.getCurrent().navigate(CommissionView.class, parameters(repId, period));
    }

    /** The statement shown, or with {@code teamId} the team summary shown, in the address bar without a navigation. */
    static void showState(Long repId, Long teamId, StatementPeriod period) {
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(ROUTE, parameters(repId, teamId, period)));
    }

    static QueryParameters parameters(Long repId, StatementPeriod period) {
        return parameters(repId, null, period);
    }

    private static QueryParameters parameters(Long repId, Long teamId, StatementPeriod period) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (repId != null) {
            values.put(REP, List.of(String.valueOf(repId)));
        }
        if (teamId != null) {
            values.put(TEAM, List.of(String.valueOf(teamId)));
        }
        if (period != null) {
            values.put(PERIOD, List.of(period.token()));
        }
        return new QueryParameters(values);
    }

    static Optional<Long> rep(QueryParameters parameters) {
        return AddressNumbers.of(parameters, REP);
    }

    static Optional<Long> team(QueryParameters parameters) {
        return AddressNumbers.of(parameters, TEAM);
    }


    static Optional<StatementPeriod> period(QueryParameters parameters) {
        return parameters.getSingleParameter(PERIOD).flatMap(StatementPeriod::parse);
    }
}
