package com.salespact.coaching.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.ui.LimitedTextField;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.CoachingNote;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** A development conversation written down: skills to develop, career aspirations, notes. */
class CoachingNoteForm extends Composite<FormLayout> {

    final DatePicker notedOn = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("coaching.note.date"));
    final TextField skills = new LimitedTextField(getTranslation("coaching.note.skills"), CoachingNote.MAX_SKILLS);
    final TextField aspirations = new LimitedTextField(getTranslation("coaching.note.aspirations"), CoachingNote.MAX_ASPIRATIONS);
    final TextArea text = new LimitedTextArea(getTranslation("coaching.note.text"), CoachingNote.MAX_TEXT);

    private final Binder<Draft> binder = new Binder<>();
    private final LocalDate today;

    /** What the form holds. */
    public static final class Draft {
        private LocalDate notedOn;
        private String skills = "";
        private String aspirations = "";
        private String text = "";

        public LocalDate getNotedOn() {
            return notedOn;
        }

        public void setNotedOn(LocalDate notedOn) {
            this.notedOn = notedOn;
        }

        public String getSkills() {
            return skills;
        }

        public void setSkills(String skills) {
            this.skills = skills;
        }

        public String getAspirations() {
            return aspirations;
        }

        public void setAspirations(String aspirations) {
            this.aspirations = aspirations;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public CoachingNoteForm(LocalDate today) {
        this.today = today;
        notedOn.setId("coaching-note-date");
        notedOn.setMax(today);
        skills.setId("coaching-note-skills");
        aspirations.setId("coaching-note-aspirations");
        text.setId("coaching-note-text");
        text.setMinHeight("100px");

        binder.forField(notedOn).asRequired(getTranslation("coaching.note.date.required"))
                .bind(Draft::getNotedOn, Draft::setNotedOn);
        binder.forField(skills)
                .withValidator(value -> !(value.isBlank() && aspirations.getValue().isBlank()
                        && text.getValue().isBlank()), getTranslation("coaching.note.empty"))
                .bind(Draft::getSkills, Draft::setSkills);
        binder.forField(aspirations).bind(Draft::getAspirations, Draft::setAspirations);
        binder.forField(text).bind(Draft::getText, Draft::setText);

        getContent().add(notedOn, skills, aspirations, text);
        getContent().setColspan(text, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
        clear();
    }

    public void clear() {
        Draft draft = new Draft();
        draft.setNotedOn(today);
        binder.readBean(draft);
    }

    public Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("notedOn", notedOn, "skills", skills,
                "aspirations", aspirations, "text", text));
    }
}
