package com.salespact.feedback.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.Feedback;
import com.salespact.feedback.FeedbackKind;
import com.salespact.feedback.FeedbackRecipient;
import com.salespact.feedback.FeedbackRelation;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Praise or a constructive note about somebody, and whether the person it is about sees it. Choosing the kind
 * proposes its usual sharing (praise shared, constructive private); for upward feedback the option says what
 * sharing means there: the manager's anonymous summary.
 */
class FeedbackForm extends Composite<FormLayout> {

    final ComboBox<FeedbackRecipient> about = new ComboBox<>(getTranslation("feedback.about"));
    final RadioButtonGroup<FeedbackKind> kind = new RadioButtonGroup<>(getTranslation("feedback.kind"));
    final TextArea text = new LimitedTextArea(getTranslation("feedback.text"), Feedback.MAX_TEXT);
    final Checkbox share = new Checkbox(getTranslation("feedback.share.someone"));

    private final Binder<Draft> binder = new Binder<>();

    /** What the form holds; the view passes it to the service. */
    public static final class Draft {
        private FeedbackRecipient about;
        private FeedbackKind kind = FeedbackKind.PRAISE;
        private String text = "";
        private boolean share = FeedbackKind.PRAISE.sharedByDefault();

        public FeedbackRecipient getAbout() {
            return about;
        }

        public void setAbout(FeedbackRecipient about) {
            this.about = about;
        }

        public FeedbackKind getKind() {
            return kind;
        }

        public void setKind(FeedbackKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isShare() {
            return share;
        }

        public void setShare(boolean share) {
            this.share = share;
        }
    }

    public FeedbackForm(List<FeedbackRecipient> recipients) {
        about.setId("feedback-about");
        about.setItems(recipients);
        about.setItemLabelGenerator(FeedbackRecipient::name);
        about.setRequired(true);
        kind.setId("feedback-kind");
        kind.setItems(FeedbackKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("feedback.kind." + value.name()));
        text.setId("feedback-text");
        text.setMinHeight("120px");
        share.setId("feedback-share");

        binder.forField(about).asRequired(getTranslation("feedback.about.required"))
                .bind(Draft::getAbout, Draft::setAbout);
        binder.forField(kind).asRequired(getTranslation("feedback.kind.required"))
                .bind(Draft::getKind, Draft::setKind);
        binder.forField(text).asRequired(getTranslation("feedback.text.required"))
                .withValidator(value -> value.strip().length() <= Feedback.MAX_TEXT,
                        getTranslation("feedback.text.too-long"))
                .bind(Draft::getText, Draft::setText);
        binder.forField(share).bind(Draft::isShare, Draft::setShare);

        kind.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                share.setValue(event.getValue().sharedByDefault());
            }
        });
        about.addValueChangeListener(event -> describeSharing(event.getValue()));
        // The helper says what the box means now: a ticked box must never read "stays private".
        share.addValueChangeListener(event -> describeSharing(about.getValue()));

        getContent().add(about, kind, text, share);
        getContent().setColspan(text, 2);
        getContent().setColspan(share, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
        clear();
    }

    /** Empties the form for the next note. */
    public void clear() {
        binder.readBean(new Draft());
        describeSharing(null);
    }

    /** Validates; empty when a field is invalid (its message is shown at the field). */
    public Optional<Draft> write() {
        Draft draft = new Draft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("aboutId", about, "kind", kind, "text", text));
    }

    /** Label for the person chosen, helper for the box's current state (shared or private). */
    private void describeSharing(FeedbackRecipient recipient) {
        boolean shared = share.getValue();
        if (recipient != null && recipient.relation() == FeedbackRelation.UPWARD) {
            share.setLabel(getTranslation("feedback.share.upward", recipient.name()));
            share.setHelperText(getTranslation(shared ? "feedback.share.upward.help.shared"
                    : "feedback.share.upward.help.private", recipient.name()));
        } else if (recipient == null) {
            share.setLabel(getTranslation("feedback.share.someone"));
            share.setHelperText(getTranslation(shared ? "feedback.share.help.shared.someone"
                    : "feedback.share.help.private"));
        } else {
            share.setLabel(getTranslation("feedback.share", recipient.name()));
            share.setHelperText(shared ? getTranslation("feedback.share.help.shared", recipient.name())
                    : getTranslation("feedback.share.help.private"));
        }
    }
}
