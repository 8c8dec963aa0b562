package com.salespact.reviews;

/**
 * Where the reviews pages live: the one place shared by the jobs and services (links in notifications) and the views
 * ({@code ui.ReviewsNavigation}).
 */
public final class ReviewLinks {

    public static final String LIST = "reviews";
    public static final String REP = "rep";

    private ReviewLinks() {
    }

    /** {@code reviews/42}: a 1:1's or plan review's meeting page. */
    public static String review(long reviewId) {
        return LIST + "/" + reviewId;
    }
}
