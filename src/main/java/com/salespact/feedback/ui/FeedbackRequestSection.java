package com.salespact.feedback.ui;

import com.salespact.base.DateRange;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackPerson;
import com.salespact.feedback.FeedbackRespondentStatus;
import com.salespact.feedback.FeedbackService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A manager asks for a 360 about a person of their team for the quarter shown; people already asked are not offered
 * again, and when everybody has been asked the section says so.
 */
class FeedbackRequestSection extends Div {

    /**
     * @param statuses who has been asked already
     * @param me       the reader's person id
     * @param sent     run after the requests were sent
     */
    FeedbackRequestSection(FeedbackService feedback, FeedbackPerson subject, DateRange quarter,
                           List<FeedbackRespondentStatus> statuses, long me, Clock clock, Runnable sent) {
        add(new H3(getTranslation("feedback.360.request.title")));
        setId("feedback-360-request");
        Set<Long> asked = statuses.stream().map(FeedbackRespondentStatus::respondentId).collect(Collectors.toSet());
        List<FeedbackPerson> choices = feedback.respondentChoices(subject.id()).stream()
                .filter(p -> !asked.contains(p.id())).toList();
        if (choices.isEmpty()) {
            add(new Paragraph(getTranslation("feedback.360.all-asked")));
            return;
        }
        FeedbackRequestForm form = new FeedbackRequestForm(choices, subject, me, LocalDate.now(clock));
        Button send = new Button(getTranslation("feedback.360.send"), event -> form.write().ifPresent(draft -> {
            try {
                int count = feedback.request(subject.id(), quarter, draft.getDueOn(),
                        draft.getRespondents().stream().map(FeedbackPerson::id).toList());
                FormErrors.success(getTranslation("feedback.360.sent", count));
                sent.run();
            } catch (RuleViolation refused) {
                form.showError(refused);
            }
        }));
        send.setId("feedback-360-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        add(form, actions);
    }
}
