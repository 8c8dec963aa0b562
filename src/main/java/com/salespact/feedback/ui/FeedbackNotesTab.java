package com.salespact.feedback.ui;

import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackNote;
import com.salespact.feedback.FeedbackService;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Continuous feedback: the form to give some, for a manager what their team says about them this fiscal year, and the
 * notes the reader may read.
 */
class FeedbackNotesTab extends Div {

    private final FeedbackService feedback;
    private final Runnable reload;

    FeedbackNotesTab(FeedbackService feedback, SignedInUser user, FiscalCalendar calendar, Clock clock,
                     Runnable reload) {
        this.feedback = feedback;
        this.reload = reload;
        FeedbackForm form = new FeedbackForm(feedback.recipients());
        Button send = new Button(getTranslation("feedback.send"), event -> send(form));
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        add(new H3(getTranslation("feedback.give.title")), form, actions);
        if (user.isManager()) {
            add(new UpwardDigestPanel(feedback.upwardDigest(calendar.yearOf(LocalDate.now(clock)))));
        }
        add(new H3(getTranslation("feedback.mine.title")));
        Div list = new Div();
        list.setId("feedback-notes");
        list.addClassName("feedback-list");
        List<FeedbackNote> notes = feedback.notes();
        if (notes.isEmpty()) {
            list.add(new Paragraph(getTranslation("feedback.none")));
        }
        notes.forEach(note -> list.add(new FeedbackNoteCard(feedback, note, user.personId(), clock.getZone(),
                reload)));
        add(list);
    }

    private void send(FeedbackForm form) {
        form.write().ifPresent(draft -> {
            try {
                feedback.give(draft.getAbout().id(), draft.getKind(), draft.getText(), draft.isShare());
                FormErrors.success(getTranslation(draft.isShare() ? "feedback.sent.shared" : "feedback.sent",
                        draft.getAbout().name()));
                reload.run();
            } catch (RuleViolation refused) {
                form.showError(refused);
            }
        });
    }
}
