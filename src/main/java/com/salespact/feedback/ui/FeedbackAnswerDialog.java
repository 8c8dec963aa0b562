package com.salespact.feedback.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackRelation;
import com.salespact.feedback.FeedbackRequestLine;
import com.salespact.feedback.FeedbackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Answers one 360 request; says up front whether the answer carries the respondent's name. */
class FeedbackAnswerDialog extends Dialog {

    final FeedbackAnswerForm form = new FeedbackAnswerForm();

    FeedbackAnswerDialog(FeedbackService feedback, FeedbackRequestLine request, Runnable answered) {
        setId("feedback-answer-dialog");
        addClassName("touch-dialog");
        setHeaderTitle(request.relation() == FeedbackRelation.SELF ? getTranslation("feedback.answer.self-title")
                : getTranslation("feedback.answer.title", request.subjectName()));
        Paragraph help = new Paragraph(getTranslation(request.relation().anonymous()
                ? "feedback.answer.help.anonymous" : "feedback.answer.help.named"));
        help.setId("feedback-answer-help");
        help.addClassName("feedback-hint");
        add(help, form);
        form.getElement().getStyle().set("--lumo-size-m", "44px");

        Button send = new Button(getTranslation("feedback.answer.send"), event -> form.write().ifPresent(draft -> {
            try {
                feedback.answer(request.id(), draft.getStrengths(), draft.getImprovements(), draft.getRating(),
                        request.version());
                FormErrors.success(getTranslation("feedback.answer.sent", request.subjectName()));
                close();
                answered.run();
            } catch (RuleViolation refused) {
                form.showError(refused);
            } catch (ConcurrentEditException raced) {
                FormErrors.error(getTranslation("error.concurrent"));
            }
        }));
        send.setId("feedback-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel, send);
    }
}
