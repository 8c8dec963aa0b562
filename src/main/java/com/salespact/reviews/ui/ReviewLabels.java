package com.salespact.reviews.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewRow;
import com.salespact.reviews.ReviewStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;

/** How review pages name things: kinds, statuses as badges, days. */
final class ReviewLabels {


    private ReviewLabels() {
    }

    static String kind(Component c, ReviewKind kind) {
        return c.getTranslation("review.kind." + kind.name());
    }

    static String day(LocalDate day) {
        return day == null ? "—" : UserFormats.current().weekdayDate(day);
    }

    static String shortDay(LocalDate day) {
        return day == null ? "—" : UserFormats.current().dayMonth(day);
    }

    static Span status(Component c, ReviewStatus status, boolean heldOnTime) {
        Span badge = new Span(c.getTranslation("review.status." + status.name()));
        badge.addClassNames("review-status", "review-status-" + status.name().toLowerCase(Locale.ROOT));
        if (status == ReviewStatus.HELD && !heldOnTime) {
            badge.setText(c.getTranslation("review.status.HELD-late"));
            badge.addClassName("review-status-late");
        }
        return badge;
    }

    static Span status(Component c, ReviewRow row) {
        return status(c, row.status(), row.heldOnTime());
    }

    static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("review-badge", className);
        return badge;
    }
}
