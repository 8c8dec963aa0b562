package com.salespact.feedback.ui;

import com.salespact.base.ui.AddressNumbers;
import com.vaadin.flow.router.Location;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.feedback.FeedbackLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public way into the feedback page. Its state lives in the URL: {@code feedback?tab=requests} opens the 360
 * requests waiting for the reader, {@code feedback?tab=360&person=12&year=2026&quarter=3} one person's 360 for a
 * fiscal quarter.
 */
public final class FeedbackNavigation {

    public static final String ROUTE = FeedbackLinks.ROUTE;
    static final String TAB = FeedbackLinks.TAB;
    static final String PERSON = "person";
    static final String YEAR = "year";
    static final String QUARTER = "quarter";

    /** The page's tabs, as the URL names them. */
    enum Tab {
        NOTES("notes"), REQUESTS(FeedbackLinks.REQUESTS_TAB), THREE_SIXTY("360");

        final String key;

        Tab(String key) {
            this.key = key;
        }

        static Tab of(String key) {
            for (Tab tab : values()) {
                if (tab.key.equals(key)) {
                    return tab;
                }
            }
            return NOTES;
        }
    }

    private FeedbackNavigation() {
    }

    /** A link to a person's 360 summary for the fiscal quarter that starts {@code quarter}'s first day. */
    public static String location360(long personId, FiscalCalendar calendar, DateRange quarter) {
        return ROUTE + "?" + parameters(Tab.THREE_SIXTY, personId, calendar, quarter).getQueryString();
    }

    public static void open360(long personId, FiscalCalendar calendar, DateRange quarter) {
        UI.getCurrent().navigate(FeedbackView.class, parameters(Tab.THREE_SIXTY, personId, calendar, quarter));
    }

    public static void openRequests() {
        UI.getCurrent().navigate(FeedbackView.class, parameters(Tab.REQUESTS, null, null, null));
    }

    /** The tab (and on the 360 tab, its person and quarter) in the address bar without a navigation. */
    static void showState(Tab tab, Long personId, FiscalCalendar calendar, DateRange quarter) {
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(ROUTE, parameters(tab, personId, calendar, quarter)));
    }

    static QueryParameters parameters(Tab tab, Long personId, FiscalCalendar calendar, DateRange quarter) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (tab != Tab.NOTES) {
            values.put(TAB, List.of(tab.key));
        }
        if (personId != null) {
            values.put(PERSON, List.of(String.valueOf(personId)));
        }
        if (calendar != null && quarter != null) {
            values.put(YEAR, List.of(String.valueOf(calendar.fiscalYearOf(quarter.start()))));
            values.put(QUARTER, List.of(String.valueOf(calendar.fiscalQuarterOf(quarter.start()))));
        }
        return new QueryParameters(values);
    }

    static Tab tab(QueryParameters parameters) {
        return Tab.of(parameters.getSingleParameter(TAB).orElse(Tab.NOTES.key));
    }

    static Optional<Long> person(QueryParameters parameters) {
        return AddressNumbers.of(parameters, PERSON);
    }

    /** The fiscal quarter named in the URL, when it names a valid one. */
    static Optional<DateRange> quarter(QueryParameters parameters, FiscalCalendar calendar) {
        Optional<Long> year = AddressNumbers.of(parameters, YEAR).filter(y -> y >= 2000 && y <= 2100);
        Optional<Long> quarter = AddressNumbers.of(parameters, QUARTER).filter(q -> q >= 1 && q <= 4);
        if (year.isEmpty() || quarter.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(calendar.quarter(year.get().intValue(), quarter.get().intValue()));
    }
}
