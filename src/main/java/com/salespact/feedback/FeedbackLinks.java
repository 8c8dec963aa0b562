package com.salespact.feedback;

/**
 * Where the feedback page lives and how its URL names a tab: the one place shared by the service (links in
 * notifications) and the view ({@code ui.FeedbackNavigation}).
 */
public final class FeedbackLinks {

    public static final String ROUTE = "feedback";
    public static final String TAB = "tab";
    public static final String REQUESTS_TAB = "requests";

    private FeedbackLinks() {
    }

    /** {@code feedback}: the notes tab. */
    public static String feedback() {
        return ROUTE;
    }

    /** {@code feedback?tab=requests}: the 360 requests waiting for the reader. */
    public static String requests() {
        return ROUTE + "?" + TAB + "=" + REQUESTS_TAB;
    }
}
