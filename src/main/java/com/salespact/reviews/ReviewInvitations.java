package com.salespact.reviews;

import com.salespact.messaging.MeetingInvitation;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A review as a calendar event for the rep and the manager (messaging sends it by mail and lists it in their calendar
 * feeds): the manager organizes, the UID is the review's ({@code review-<id>@<host>}) and the SEQUENCE the review's
 * own, so a moved or cancelled review replaces the meeting in their calendars. One rule for the invitation and the
 * feed ({@link ReviewCalendar}).
 */
final class ReviewInvitations {

    static final String KIND = "REVIEW_INVITATION";

    private ReviewInvitations() {
    }

    static MeetingInvitation of(Review review, LongFunction<String> names) {
        return new MeetingInvitation(KIND, eventKey(review.getId()), review.getCalendarSequence(),
                cancelled(review.getStatus()), review.getScheduledFor(), review.getManagerId(),
                List.of(review.getRepId(), review.getManagerId()), titleKey(review.getKind()),
                List.of(names.apply(review.getRepId()), names.apply(review.getManagerId())),
                ReviewLinks.review(review.getId()));
    }

    static String eventKey(long reviewId) {
        return "review-" + reviewId;
    }

    static String titleKey(ReviewKind kind) {
        return "review.invitation.title." + kind.name();
    }

    static boolean cancelled(ReviewStatus status) {
        return status == ReviewStatus.CANCELLED;
    }
}
