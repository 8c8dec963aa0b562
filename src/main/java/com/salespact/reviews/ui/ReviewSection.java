package com.salespact.reviews.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Map;

/**
 * One part of the meeting page (agenda, notes, actions, …): it shows the review as its viewer may see it and asks
 * the page to reload after a change, so both devices in the meeting stay in step.
 */
abstract class ReviewSection extends Div {

    protected final ReviewService reviews;
    protected final Runnable reload;
    protected ReviewDetails details;

    ReviewSection(String id, String titleKey, ReviewService reviews, Runnable reload) {
        this.reviews = reviews;
        this.reload = reload;
        setId(id);
        addClassName("review-card");
        add(new H3(getTranslation(titleKey)));
    }

    final void show(ReviewDetails review) {
        this.details = review;
        render();
    }

    abstract void render();

    /**
     * Shows the stored text unless the field holds unsaved typing (a refresh from the other device must not wipe
     * it). @return the text now considered loaded
     */
    static String keepTyping(com.vaadin.flow.component.textfield.TextArea field, String loaded, String stored) {
        String value = stored == null ? "" : stored;
        if (loaded == null || java.util.Objects.equals(field.getValue(), loaded)) {
            field.setValue(value);
        }
        return value;
    }

    /** Runs a change; a refused one is shown at its field (or as a message), nothing else happens. */
    protected void change(Runnable action, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            action.run();
            reload.run();
        } catch (RuleViolation violation) {
            FormErrors.show(violation, fields);
        }
    }
}
