package com.salespact.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import com.salespact.feedback.Feedback;
import com.salespact.feedback.FeedbackKind;
import com.salespact.feedback.FeedbackRelation;
import com.salespact.feedback.FeedbackRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a coaching session, a development note, a 360 answer and a feedback note accept. */
class CoachingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static RuleViolation refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aSessionHasHappenedLastsUpToEightHoursAndHasATopic() {
        CoachingSession session = new CoachingSession(4, 2, TODAY, new BigDecimal("1.5"), " Discovery calls ", TODAY);
        assertThat(session.getTopic()).isEqualTo("Discovery calls");
        assertThat(refusal(() -> new CoachingSession(4, 2, TODAY.plusDays(1), BigDecimal.ONE, "x", TODAY)).field())
                .isEqualTo("heldOn");
        assertThat(refusal(() -> new CoachingSession(4, 2, TODAY, BigDecimal.ZERO, "x", TODAY)).field())
                .isEqualTo("hours");
        assertThat(refusal(() -> new CoachingSession(4, 2, TODAY, new BigDecimal("8.5"), "x", TODAY)).field())
                .isEqualTo("hours");
        assertThat(refusal(() -> new CoachingSession(4, 2, TODAY, new BigDecimal("1.125"), "x", TODAY)).field())
                .isEqualTo("hours");
        assertThat(refusal(() -> new CoachingSession(4, 2, TODAY, BigDecimal.ONE, " ", TODAY)).field())
                .isEqualTo("topic");
    }

    @Test
    void aDevelopmentNoteSaysSomething() {
        CoachingNote note = new CoachingNote(4, 2, TODAY, null, " Team lead in two years ", "", TODAY, NOW);
        assertThat(note.getAspirations()).isEqualTo("Team lead in two years");
        assertThat(note.getText()).isNull();
        assertThat(refusal(() -> new CoachingNote(4, 2, TODAY, " ", null, null, TODAY, NOW)).field())
                .isEqualTo("skills");
        assertThat(refusal(() -> new CoachingNote(4, 2, TODAY, "x".repeat(1001), null, null, TODAY, NOW)).field())
                .isEqualTo("skills");
    }

    @Test
    void a360AnswerIsRatedOneToFiveAndGivenOnce() {
        FeedbackRequest request = new FeedbackRequest(4, 5, FeedbackRelation.PEER, 2,
                new com.salespact.base.DateRange(TODAY.withDayOfMonth(1), TODAY), TODAY, NOW);
        assertThat(refusal(() -> request.answer("Good", null, 6, NOW)).field()).isEqualTo("rating");
        assertThat(refusal(() -> request.answer(" ", null, 3, NOW)).field()).isEqualTo("strengths");
        request.answer(" Good listener ", "", 4, NOW);
        assertThat(request.getStrengths()).isEqualTo("Good listener");
        assertThat(request.getImprovements()).isNull();
        assertThatThrownBy(() -> request.answer("Again", null, 4, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aFeedbackNoteIsAboutSomebodyElseAndSharedOnce() {
        assertThat(refusal(() -> new Feedback(2, 2, FeedbackRelation.SELF, FeedbackKind.PRAISE, "Hi", true, NOW))
                .field()).isEqualTo("aboutId");
        assertThat(refusal(() -> new Feedback(2, 4, FeedbackRelation.MANAGER, FeedbackKind.PRAISE, " ", true, NOW))
                .field()).isEqualTo("text");
        Feedback note = new Feedback(2, 4, FeedbackRelation.MANAGER, FeedbackKind.CONSTRUCTIVE, "Qualify harder",
                FeedbackKind.CONSTRUCTIVE.sharedByDefault(), NOW);
        assertThat(note.isShared()).isFalse();
        note.share();
        assertThat(note.isShared()).isTrue();
        assertThatThrownBy(note::share).isInstanceOf(RuleViolation.class);
    }
}
