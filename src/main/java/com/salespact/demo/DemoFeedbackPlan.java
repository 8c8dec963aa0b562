package com.salespact.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The demo company's feedback and development history: feedback notes, 360 requests (answered for the last quarter,
 * one open in the current one), coaching sessions over the last three months, development notes and training items.
 * Rows name people by username, like {@link DemoPlan}.
 */
record DemoFeedbackPlan(List<Note> notes, List<Request> requests, List<Session> sessions,
        List<DevelopmentNote> developmentNotes, List<Training> trainingItems) {

    record Note(String authorUsername, String aboutUsername, String kind, String relation, String text,
            boolean shared, OffsetDateTime createdAt) {
    }

    /** One respondent's part of a 360; {@code answeredAt} null while open. */
    record Request(String subjectUsername, String respondentUsername, String relation, String requestedByUsername,
            LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, OffsetDateTime requestedAt,
            OffsetDateTime answeredAt, String strengths, String improvements, int rating) {

        boolean answered() {
            return answeredAt != null;
        }
    }

    record Session(String repUsername, String managerUsername, LocalDate heldOn, BigDecimal hours, String topic) {
    }

    record DevelopmentNote(String repUsername, String authorUsername, LocalDate notedOn, String skills,
            String aspirations, String text, OffsetDateTime createdAt) {
    }

    /** {@code completedAt} is set for DONE items only. */
    record Training(String repUsername, String title, LocalDate dueDate, String status, OffsetDateTime createdAt,
            OffsetDateTime completedAt) {
    }

    @Override
    public String toString() {
        return "%d feedback notes, %d 360 requests (%d answered), %d coaching sessions, %d development notes, %d training items"
                .formatted(notes.size(), requests.size(), requests.stream().filter(Request::answered).count(),
                        sessions.size(), developmentNotes.size(), trainingItems.size());
    }
}
