package com.salespact.coaching.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.CoachingSession;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A coaching session the manager held: the day, how long, and on what. */
class CoachingSessionForm extends Composite<FormLayout> {

    final DatePicker heldOn = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("coaching.session.date"));
    final BigDecimalField hours = new BigDecimalField(getTranslation("coaching.session.hours"));
    final TextField topic = new LimitedTextField(getTranslation("coaching.session.topic"), CoachingSession.MAX_TOPIC);

    private final Binder<Draft> binder = new Binder<>();
    private final LocalDate today;

    /** What the form holds. */
    public static final class Draft {
        private LocalDate heldOn;
        private BigDecimal hours;
        private String topic = "";

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }
    }

    public CoachingSessionForm(LocalDate today) {
        this.today = today;
        heldOn.setId("coaching-session-date");
        heldOn.setMax(today);
        hours.setId("coaching-session-hours");
        topic.setId("coaching-session-topic");

        binder.forField(heldOn).asRequired(getTranslation("coaching.session.date.required"))
                .bind(Draft::getHeldOn, Draft::setHeldOn);
        binder.forField(hours).asRequired(getTranslation("coaching.session.hours.required"))
                .withValidator(value -> value.signum() > 0 && value.compareTo(CoachingSession.MAX_HOURS) <= 0,
                        getTranslation("coaching.session.hours.range"))
                .bind(Draft::getHours, Draft::setHours);
        binder.forField(topic).asRequired(getTranslation("coaching.session.topic.required"))
                .bind(Draft::getTopic, Draft::setTopic);

        getContent().add(heldOn, hours, topic);
        getContent().setColspan(topic, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
        clear();
    }

    public void clear() {
        Draft draft = new Draft();
        draft.setHeldOn(today);
        draft.setHours(BigDecimal.ONE);
        binder.readBean(draft);
    }

    public Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("heldOn", heldOn, "hours", hours, "topic", topic));
    }
}
