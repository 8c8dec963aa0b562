package com.salespact.commission;

/**
 * Where the commission page lives and how its URL names a rep, a team and a period: the one place shared by the
 * services (links in notifications) and the views ({@code ui.CommissionNavigation}).
 */
public final class CommissionLinks {

    public static final String ROUTE = "commission";
    public static final String REP = "rep";
    public static final String PERIOD = "period";
    /** The team whose summary is shown before a rep is picked (for those who see several teams). */
    public static final String TEAM = "team";

    private CommissionLinks() {
    }

    /** {@code commission?rep=12&period=2026-Q4}: a rep's statement for a period. */
    public static String statement(long repId, StatementPeriod period) {
        return ROUTE + "?" + REP + "=" + repId + "&" + PERIOD + "=" + period.token();
    }
}
