package com.salespact.feedback.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.FiscalCalendar;
import com.salespact.feedback.FeedbackRequestLine;
import com.salespact.feedback.FeedbackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The 360 requests waiting for the reader's answer: about whom, for which period, asked by whom and due when. */
class WaitingRequestsList extends Div {

    /**
     * @param me       the reader's person id, to tell a self-assessment from an answer about somebody else
     * @param answered run after an answer was sent
     */
    WaitingRequestsList(FeedbackService feedback, List<FeedbackRequestLine> waiting, long me, FiscalCalendar calendar,
                        Runnable answered) {
        setId("feedback-requests");
        addClassName("feedback-list");
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.requests.none"));
            none.setId("feedback-requests-none");
            add(none);
        }
        for (FeedbackRequestLine request : waiting) {
            String period = FeedbackLabels.period(calendar, request.period());
            Span title = new Span(request.subjectId() == me
                    ? getTranslation("feedback.request.self", period)
                    : getTranslation("feedback.request.about", request.subjectName(), period));
            title.addClassName("feedback-request-title");
            Span meta = new Span(getTranslation("feedback.request.meta", request.requestedByName(),
                    UserFormats.current().date(request.dueOn())));
            meta.addClassName("feedback-hint");
            Button answer = new Button(getTranslation("feedback.request.answer"),
                    event -> new FeedbackAnswerDialog(feedback, request, answered).open());
            answer.setId("feedback-answer-" + request.id());
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div card = new Div(title, meta, answer);
            card.addClassName("feedback-request");
            card.setId("feedback-request-" + request.id());
            add(card);
        }
    }
}
