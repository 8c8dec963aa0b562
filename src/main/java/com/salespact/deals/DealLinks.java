package com.salespact.deals;

/**
 * Where the deal and account screens live: the one place shared by services and other features' views (a commission
 * line opens its deal) and the deals views ({@code ui.DealsNavigation}).
 */
public final class DealLinks {

    public static final String DEALS = "deals";
    public static final String ACCOUNTS = "accounts";
    /** The deal page's id for a deal not saved yet: {@code deals/new}. */
    public static final String NEW = "new";

    private DealLinks() {
    }

    /** {@code deals/42}: one deal's page. */
    public static String deal(long dealId) {
        return DEALS + "/" + dealId;
    }
}
