package com.salespact.feedback.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackNote;
import com.salespact.feedback.FeedbackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;

/**
 * One feedback note: its kind, who wrote it about whom (seen from the reader), when, whether it is shared, the text,
 * and on a private note the reader wrote a button to share it.
 */
class FeedbackNoteCard extends Div {

    /** @param me the reader's person id, to say "you" */
    FeedbackNoteCard(FeedbackService feedback, FeedbackNote note, long me, ZoneId zone, Runnable reload) {
        Span kind = new Span(getTranslation("feedback.kind." + note.kind().name()));
        kind.addClassNames("feedback-kind", "feedback-kind-" + note.kind().name().toLowerCase());
        Span who = new Span(whoWrote(note, me));
        who.addClassName("feedback-who");
        Span when = new Span(UserFormats.current().date(note.createdAt().atZone(zone)));
        when.addClassName("feedback-when");
        Span status = new Span(getTranslation(note.shared() ? "feedback.note.shared" : "feedback.note.private"));
        status.addClassNames("feedback-status", note.shared() ? "shared" : "private");
        Div head = new Div(kind, who, when, status);
        head.addClassName("feedback-note-head");
        Paragraph text = new Paragraph(note.text());
        text.addClassName("feedback-note-text");
        add(head, text);
        setId("feedback-note-" + note.id());
        addClassName("feedback-note");
        if (note.canShare()) {
            Button share = new Button(getTranslation("feedback.note.share", note.aboutName()), event -> {
                feedback.share(note.id());
                FormErrors.success(getTranslation("feedback.sent.shared", note.aboutName()));
                reload.run();
            });
            share.setId("feedback-share-" + note.id());
            share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(share);
        }
    }

    private String whoWrote(FeedbackNote note, long me) {
        if (note.authorId() == me) {
            return getTranslation("feedback.note.by-you", note.aboutName());
        }
        if (note.aboutId() == me) {
            return getTranslation("feedback.note.from", note.authorName());
        }
        return getTranslation("feedback.note.between", note.authorName(), note.aboutName());
    }
}
