package com.salespact.feedback.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackPerson;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks for a 360 about one person: whom to ask (the person themselves for a self-assessment, the asking manager,
 * peers) and by when. People already asked for the period are not offered again.
 */
class FeedbackRequestForm extends Composite<FormLayout> {

    final CheckboxGroup<FeedbackPerson> respondents = new CheckboxGroup<>(getTranslation("feedback.360.respondents"));
    final DatePicker dueOn = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("feedback.360.due"));

    private final Binder<Draft> binder = new Binder<>();

    /** What the form holds. */
    public static final class Draft {
        private Set<FeedbackPerson> respondents = new LinkedHashSet<>();
        private LocalDate dueOn;

        public Set<FeedbackPerson> getRespondents() {
            return respondents;
        }

        public void setRespondents(Set<FeedbackPerson> respondents) {
            this.respondents = respondents;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    /**
     * @param choices people who may be asked, the subject first
     * @param subject the person the 360 is about (offered as self-assessment)
     * @param me the asking manager
     */
    public FeedbackRequestForm(List<FeedbackPerson> choices, FeedbackPerson subject, long me, LocalDate today) {
        respondents.setId("feedback-respondents");
        respondents.setItems(choices);
        respondents.setItemLabelGenerator(person -> person.id() == subject.id()
                ? getTranslation("feedback.360.respondent.self", person.name())
                : person.id() == me ? getTranslation("feedback.360.respondent.me", person.name()) : person.name());
        respondents.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        dueOn.setId("feedback-due");
        dueOn.setMin(today);
        dueOn.setMax(today.plusDays(60));

        binder.forField(respondents)
                .withValidator(value -> !value.isEmpty(), getTranslation("feedback.360.respondents.required"))
                .bind(Draft::getRespondents, Draft::setRespondents);
        binder.forField(dueOn).asRequired(getTranslation("feedback.360.due.required"))
                .bind(Draft::getDueOn, Draft::setDueOn);

        Draft draft = new Draft();
        // The usual 360: a self-assessment and the manager's own view; peers are picked one by one.
        choices.stream().filter(p -> p.id() == subject.id() || p.id() == me).forEach(draft.getRespondents()::add);
        draft.setDueOn(today.plusDays(7));
        binder.readBean(draft);

        getContent().add(respondents, dueOn);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
    }

    public Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("respondents", respondents, "dueOn", dueOn));
    }
}
