package com.salespact.digest.ui;

import com.salespact.base.ui.AddressNumbers;
import com.salespact.digest.DigestLinks;
import com.salespact.digest.DigestWeek;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public way into the digest preview. Its state lives in the URL, as the mail's button opens it:
 * {@code digest?person=12&week=2026-W49}; without them, the signed-in person's digest of this week.
 */
public final class DigestNavigation {

    public static final String ROUTE = DigestLinks.ROUTE;

    private DigestNavigation() {
    }

    public static void open() {
        UI.getCurrent().navigate(DigestView.class);
    }

    public static void open(long personId, DigestWeek week) {
        UI.getCurrent().navigate(DigestView.class, parameters(personId, week));
    }

    static Optional<Long> person(QueryParameters parameters) {
        return AddressNumbers.of(parameters, DigestLinks.PERSON);
    }

    static Optional<DigestWeek> week(QueryParameters parameters) {
        return parameters.getSingleParameter(DigestLinks.WEEK).flatMap(DigestWeek::parse);
    }

    /** The person and week shown, in the address bar without a navigation. */
    static void showState(long personId, DigestWeek week) {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(ROUTE, parameters(personId, week)));
    }

    private static QueryParameters parameters(long personId, DigestWeek week) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put(DigestLinks.PERSON, List.of(String.valueOf(personId)));
        values.put(DigestLinks.WEEK, List.of(week.isoLabel()));
        return new QueryParameters(values);
    }
}
