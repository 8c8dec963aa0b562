package com.salespact.reviews.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.reviews.ReviewConflictException;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ReviewTexts;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
    static String keepTyping(TextArea field, String loaded, String stored) {
        String value = stored == null ? "" : stored;
        if (loaded == null || java.util.Objects.equals(field.getValue(), loaded)
                || java.util.Objects.equals(field.getValue(), value)) {
            field.setValue(value);
            return value;
        }
        // The typing stays, and so does the text it started from: its save is merged with what was stored since.
        return loaded;
    }

    /** Shows a text as stored. @return the text now considered loaded */
    static String showStored(TextArea field, String stored) {
        field.setValue(stored == null ? "" : stored);
        return field.getValue();
    }

    /**
     * Saves the texts this section changed ({@code base}: what its fields started from, {@code mine}: what they hold
     * now). A text somebody else saved meanwhile is kept; a text both changed is asked about, showing both texts.
     */
    protected void saveTexts(long version, ReviewTexts base, ReviewTexts mine, Map<String, TextArea> fields,
                             Consumer<ReviewTexts> stored) {
        change(() -> {
            try {
                ReviewTexts saved = reviews.saveTexts(details.id(), new Edit<>(version, base, mine));
                stored.accept(saved);
                Set<String> alsoKept = new LinkedHashSet<>(ReviewTexts.FIELDS.changed(mine, saved));
                alsoKept.retainAll(fields.keySet());
                FormErrors.success(alsoKept.isEmpty() ? getTranslation("review.notes.saved")
                        : getTranslation("merge.kept-theirs", alsoKept.stream().map(name -> fields.get(name).getLabel())
                        .collect(Collectors.joining(", "))));
            } catch (ReviewConflictException conflict) {
                Merge<ReviewTexts> merge = ReviewTexts.FIELDS.merge(base, mine, conflict.current());
                new FieldConflictDialog(getTranslation("review.conflict.title"), conflict.conflicts(),
                        new FieldConflictDialog.Labels(name -> fields.containsKey(name) ? fields.get(name).getLabel()
                                : name, (name, text) -> String.valueOf(text)),
                        keepMine -> saveTexts(conflict.currentVersion(), conflict.current(), merge.resolve(keepMine),
                                fields, stored)).open();
            } catch (ConcurrentEditException raced) {
                FormErrors.error(raced.getMessage());
            }
        }, fields);
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
