package com.salespact.reviews;

import com.salespact.messaging.MeetingInvitation;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A review as a calendar invitation for the rep and the manager (messaging sends it): the manager organizes, the UID
 * is the review's ({@code review-<id>@<host>}) and the SEQUENCE the review's own, so a moved or cancelled review
 * replaces the meeting in their calendars.
 */
final class ReviewInvitations {

    static final String KIND = "REVIEW_INVITATION";

    private ReviewInvitations() {
    }

    static MeetingInvitation of(Review review, LongFunction<String> names) {
        return new MeetingInvitation(KIND, "review-" + review.getId(), review.getCalendarSequence(),
                review.getStatus() == ReviewStatus.CANCELLED, review.getScheduledFor(), review.getManagerId(),
                List.of(review.getRepId(), review.getManagerId()),
                "review.invitation.title." + review.getKind().name(),
                List.of(names.apply(review.getRepId()), names.apply(review.getManagerId())),
                ReviewLinks.review(review.getId()));
    }
}
