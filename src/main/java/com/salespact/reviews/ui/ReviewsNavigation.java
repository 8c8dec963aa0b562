package com.salespact.reviews.ui;

import com.salespact.base.ui.AddressNumbers;
import com.salespact.reviews.ReviewLinks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/**
 * The public way into the reviews pages. {@code reviews} lists them ({@code reviews?rep=12} one rep's);
 * {@code reviews/<id>} is the meeting page. Notifications link to {@link #location(long)}.
 */
public final class ReviewsNavigation {

    public static final String ROUTE = ReviewLinks.LIST;
    static final String REP = ReviewLinks.REP;

    private ReviewsNavigation() {
    }

    public static String location(long reviewId) {
        return ReviewLinks.review(reviewId);
    }

    public static void open(long reviewId) {
        UI.getCurrent().navigate(location(reviewId));
    }

    public static void list(Long repId) {
        UI.getCurrent().navigate(ROUTE, repId == null ? QueryParameters.empty()
                : QueryParameters.of(REP, String.valueOf(repId)));
    }

    static Optional<Long> rep(QueryParameters parameters) {
        return parameters.getSingleParameter(REP).flatMap(ReviewsNavigation::number);
    }

    static Optional<Long> number(String value) {
        return AddressNumbers.of(value);
    }
}
