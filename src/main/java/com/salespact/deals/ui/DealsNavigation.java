package com.salespact.deals.ui;

import com.salespact.deals.DealLinks;
import com.salespact.deals.csv.CsvKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The way into the deal and account screens, and the one place that knows their locations: a deal's page, a new
 * deal, the deals board or list with its filters in the URL, the accounts list with its filters, the import page.
 */
public final class DealsNavigation {

    private DealsNavigation() {
    }

    public static void toDeal(long dealId) {
        UI.getCurrent().navigate(DealView.class, new RouteParameters("id", String.valueOf(dealId)));
    }

    public static void toNewDeal() {
        UI.getCurrent().navigate(DealView.class, new RouteParameters("id", DealLinks.NEW));
    }

    /** The one import page with what the file holds chosen (the targets page sends its files there, decision 027). */
    public static void toImport(CsvKind kind) {
        UI.getCurrent().navigate(ImportView.class, QueryParameters.of(ImportView.KIND, kind.name()));
    }

    /** {@code deals/42}, for a link in markup or an anchor. */
    public static String dealHref(long dealId) {
        return DealLinks.deal(dealId);
    }

    /** {@code deals?…}, parameters in the order given (so equal state gives equal markup), values encoded. */
    static String dealsHref(Map<String, String> params) {
        return params.isEmpty() ? DealLinks.DEALS : params.entrySet().stream()
                .map(param -> param.getKey() + "=" + URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .collect(Collectors.joining("&", DealLinks.DEALS + "?", ""));
    }

    /** Puts the deals page's state into the address bar without a navigation (back still leaves the page). */
    static void showDealsState(Map<String, String> params) {
        replaceState(new Location(DealLinks.DEALS, QueryParameters.simple(params)));
    }

    /** Puts the accounts list's filters into the address bar without a navigation. */
    static void showAccountsState(QueryParameters params) {
        replaceState(new Location(DealLinks.ACCOUNTS, params));
    }

    private static void replaceState(Location location) {
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
    }
}
