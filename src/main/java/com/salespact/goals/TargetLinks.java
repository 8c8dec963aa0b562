package com.salespact.goals;

/**
 * Where the targets page lives and how its URL names a fiscal year and a selected target: the one place shared by the
 * service (links in notifications) and the views ({@code ui.TargetsNavigation}).
 */
public final class TargetLinks {

    public static final String ROUTE = "targets";
    public static final String YEAR = "year";
    public static final String REP = "rep";
    public static final String TEAM = "team";

    private TargetLinks() {
    }

    /** {@code targets?year=2026}: a fiscal year's targets. */
    public static String year(int fiscalYear) {
        return ROUTE + "?" + YEAR + "=" + fiscalYear;
    }
}
