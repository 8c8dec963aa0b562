package com.salespact.feedback.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackRequest;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;

/** A 360 answer: strengths, what to improve (at least one of the two) and a rating from 1 to 5. */
class FeedbackAnswerForm extends Composite<FormLayout> {

    final TextArea strengths = new LimitedTextArea(getTranslation("feedback.answer.strengths"), FeedbackRequest.MAX_TEXT);
    final TextArea improvements = new LimitedTextArea(getTranslation("feedback.answer.improvements"), FeedbackRequest.MAX_TEXT);
    final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("feedback.answer.rating"));

    private final Binder<Draft> binder = new Binder<>();

    /** What the form holds. */
    public static final class Draft {
        private String strengths = "";
        private String improvements = "";
        private Integer rating;

        public String getStrengths() {
            return strengths;
        }

        public void setStrengths(String strengths) {
            this.strengths = strengths;
        }

        public String getImprovements() {
            return improvements;
        }

        public void setImprovements(String improvements) {
            this.improvements = improvements;
        }

        public Integer getRating() {
            return rating;
        }

        public void setRating(Integer rating) {
            this.rating = rating;
        }
    }

    public FeedbackAnswerForm() {
        strengths.setId("answer-strengths");
        improvements.setId("answer-improvements");
        rating.setId("answer-rating");
        for (TextArea area : new TextArea[] {strengths, improvements}) {
            area.setMinHeight("100px");
        }
        rating.setItems(1, 2, 3, 4, 5);
        rating.setItemLabelGenerator(value -> getTranslation("feedback.answer.rating." + value));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        binder.forField(strengths)
                .withValidator(value -> !value.isBlank() || !improvements.getValue().isBlank(),
                        getTranslation("feedback.answer.empty"))
                .bind(Draft::getStrengths, Draft::setStrengths);
        binder.forField(improvements).bind(Draft::getImprovements, Draft::setImprovements);
        binder.forField(rating).asRequired(getTranslation("feedback.answer.rating.required"))
                .bind(Draft::getRating, Draft::setRating);

        getContent().add(strengths, improvements, rating);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        binder.readBean(new Draft());
    }

    public Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("strengths", strengths,
                "improvements", improvements, "rating", rating));
    }
}
