package com.salespact.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a {@link DemoFeedbackPlan} with plain, portable SQL after the people exist, in the seed's transaction.
 * Rows without a value (an open 360 request, a training item not done) go in a statement without that column, so
 * no untyped nulls are sent.
 */
final class DemoFeedbackWriter {

    private final JdbcTemplate jdbc;

    DemoFeedbackWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(DemoFeedbackPlan plan) {
        Map<String, Long> people = new HashMap<>();
        jdbc.query("select id, username from person", rs -> {
            people.put(rs.getString(2), rs.getLong(1));
        });
        MultiRowInsert.insert(jdbc, "feedback",
                "author_id, about_id, kind, relation, text, shared_with_subject, created_at", plan.notes(),
                (p, note) -> p.id(people.get(note.authorUsername())).id(people.get(note.aboutUsername()))
                        .text(note.kind()).text(note.relation()).text(note.text()).bool(note.shared())
                        .timestamp(note.createdAt()));
        String requestColumns = "subject_id, respondent_id, relation, requested_by, period_start, period_end, "
                + "due_on, requested_at";
        MultiRowInsert.insert(jdbc, "feedback_request",
                requestColumns + ", answered_at, strengths, improvements, rating",
                plan.requests().stream().filter(DemoFeedbackPlan.Request::answered).toList(),
                (p, request) -> request(p, request, people).timestamp(request.answeredAt())
                        .text(request.strengths()).text(request.improvements()).integer(request.rating()));
        MultiRowInsert.insert(jdbc, "feedback_request", requestColumns,
                plan.requests().stream().filter(request -> !request.answered()).toList(),
                (p, request) -> request(p, request, people));
        MultiRowInsert.insert(jdbc, "coaching_session", "rep_id, manager_id, held_on, hours, topic", plan.sessions(),
                (p, session) -> p.id(people.get(session.repUsername())).id(people.get(session.managerUsername()))
                        .date(session.heldOn()).decimal(session.hours()).text(session.topic()));
        MultiRowInsert.insert(jdbc, "development_note",
                "rep_id, author_id, noted_on, skills, aspirations, text, created_at", plan.developmentNotes(),
                (p, note) -> p.id(people.get(note.repUsername())).id(people.get(note.authorUsername()))
                        .date(note.notedOn()).text(note.skills()).text(note.aspirations()).text(note.text())
                        .timestamp(note.createdAt()));
        String trainingColumns = "rep_id, title, due_date, status, source, created_at";
        List<DemoFeedbackPlan.Training> done = plan.trainingItems().stream()
                .filter(item -> item.completedAt() != null).toList();
        MultiRowInsert.insert(jdbc, "training_item", trainingColumns + ", completed_at", done,
                (p, item) -> training(p, item, people).timestamp(item.completedAt()));
        MultiRowInsert.insert(jdbc, "training_item", trainingColumns,
                plan.trainingItems().stream().filter(item -> item.completedAt() == null).toList(),
                (p, item) -> training(p, item, people));
    }

    private static com.salespact.base.SqlParams request(com.salespact.base.SqlParams p,
            DemoFeedbackPlan.Request request, Map<String, Long> people) throws java.sql.SQLException {
        return p.id(people.get(request.subjectUsername())).id(people.get(request.respondentUsername()))
                .text(request.relation()).id(people.get(request.requestedByUsername())).date(request.periodStart())
                .date(request.periodEnd()).date(request.dueOn()).timestamp(request.requestedAt());
    }

    private static com.salespact.base.SqlParams training(com.salespact.base.SqlParams p,
            DemoFeedbackPlan.Training item, Map<String, Long> people) throws java.sql.SQLException {
        return p.id(people.get(item.repUsername())).text(item.title()).date(item.dueDate()).text(item.status())
                .text("REVIEW").timestamp(item.createdAt());
    }
}
