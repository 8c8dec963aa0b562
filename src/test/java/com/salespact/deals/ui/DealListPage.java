package com.salespact.deals.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;

/** The deals list as a Karibu test reads it: its markup, the deals it shows, its links and the address bar. */
final class DealListPage {

    private DealListPage() {
    }

    /** A count as the pager writes it (1,092). */
    static String count(int number) {
        return java.text.NumberFormat.getIntegerInstance(UI.getCurrent().getLocale()).format(number);
    }

    /** The list's markup, as the browser gets it. */
    static String listMarkup() {
        return _get(DealList.class).getElement().getProperty("innerHTML");
    }

    /** The deal ids the list shows, in row order (each row's link to its deal). */
    static List<Long> listed() {
        return java.util.regex.Pattern.compile("class=\"deal-list-open\" href=\"deals/(\\d+)\"").matcher(listMarkup())
                .results().map(match -> Long.valueOf(match.group(1))).toList();
    }

    /**
     * The query parameters of the address the view last put in the browser's address bar (History.replaceState),
     * from the JavaScript calls not yet sent.
     */
    static java.util.Map<String, List<String>> replacedUrl() {
        String url = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(call -> call.getInvocation().getParameters().stream())
                .filter(parameter -> parameter instanceof String text && text.startsWith("deals?"))
                .map(String.class::cast).reduce((first, last) -> last).orElseThrow();
        return com.vaadin.flow.router.QueryParameters.fromString(url.substring("deals?".length())).getParameters();
    }

    /** Where a sortable header links to (unescaped, as the browser follows it). */
    static String headerLink(String sortKey) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("<th[^>]*><a href=\"([^\"]*sort=" + sortKey
                + "(?:&amp;[^\"]*)?)\"").matcher(listMarkup());
        assertThat(link.find()).as("header for " + sortKey).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    /** Follows a link as the browser's router would: same view, new query parameters. */
    static void navigate(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(parts.length > 1 ? parts[1] : ""));
    }
}
