package com.salespact.digest;

/**
 * Where the digest's lines lead: the digest's own preview page (shared with {@code ui.DigestNavigation}), and the
 * screens of features whose routes have no {@code *Links} class of their own outside their ui package (My business,
 * a rep's activities).
 */
public final class DigestLinks {

    public static final String ROUTE = "digest";
    public static final String PERSON = "person";
    public static final String WEEK = "week";
    /** {@code dashboard.ui.MyBusinessView}. */
    static final String MY_BUSINESS = "my";
    /** {@code activities.ui.ActivitiesNavigation}: one rep's week against the standards. */
    static final String ACTIVITIES = "activities";

    private DigestLinks() {
    }

    /** {@code digest?person=12&week=2026-W49}: one person's digest of a week, as mailed. */
    public static String preview(long personId, DigestWeek week) {
        return ROUTE + "?" + PERSON + "=" + personId + "&" + WEEK + "=" + week.isoLabel();
    }

    static String myBusiness() {
        return MY_BUSINESS;
    }

    static String activities(long repId) {
        return ACTIVITIES + "?rep=" + repId;
    }
}
