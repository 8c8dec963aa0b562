package com.salespact.deals.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountPlanDraft;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;

/**
 * The account plan of an A or B account: objectives, key contacts, next steps and the next review date.
 * The plan's rules are checked by the service; a refusal is shown at its field and the input stays as typed.
 */
class AccountPlanForm extends Composite<FormLayout> {

    final TextArea objectives = new LimitedTextArea(getTranslation("accounts.plan.objectives"), 4000);
    final TextArea keyContacts = new LimitedTextArea(getTranslation("accounts.plan.key-contacts"), 2000);
    final TextArea nextSteps = new LimitedTextArea(getTranslation("accounts.plan.next-steps"), 2000);
    final DatePicker reviewDate = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("accounts.plan.review-date"));

    private final Binder<AccountPlanDraft> binder = new Binder<>();

    public AccountPlanForm() {
        objectives.setMinHeight("8em");
        objectives.setHelperText(getTranslation("accounts.plan.objectives.help"));
        keyContacts.setHelperText(getTranslation("accounts.plan.key-contacts.help"));
        reviewDate.setRequiredIndicatorVisible(true);
        reviewDate.setHelperText(getTranslation("accounts.plan.review-date.help"));

        binder.forField(objectives).asRequired(getTranslation("accounts.plan.objectives.required"))
                .bind(AccountPlanDraft::getObjectives, AccountPlanDraft::setObjectives);
        binder.forField(keyContacts).bind(AccountPlanDraft::getKeyContacts, AccountPlanDraft::setKeyContacts);
        binder.forField(nextSteps).bind(AccountPlanDraft::getNextSteps, AccountPlanDraft::setNextSteps);
        // Whether the date is acceptable is the plan's rule, decided by the service.
        binder.forField(reviewDate).bind(AccountPlanDraft::getReviewDate, AccountPlanDraft::setReviewDate);

        getContent().add(objectives, keyContacts, nextSteps, reviewDate);
        getContent().setColspan(objectives, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("600px", 2));
    }

    /** Shows a saved plan, or an empty one for an account that has none yet. */
    public void edit(AccountDetails.Plan plan) {
        binder.readBean(AccountPlanDraft.of(plan));
        for (HasValidation field : fields().values()) {
            field.setInvalid(false);
        }
    }

    /** The fields as a draft; empty (with the field marked) when one is invalid. */
    public Optional<AccountPlanDraft> write() {
        AccountPlanDraft draft = new AccountPlanDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    public boolean hasChanges() {
        return binder.hasChanges();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, fields());
    }

    /** How the conflict dialog names this form's fields and shows their values. */
    public FieldConflictDialog.Labels conflictLabels() {
        return FieldConflictDialog.Labels.of(fields(), (field, value) -> null);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("objectives", objectives, "keyContacts", keyContacts, "nextSteps", nextSteps,
                "reviewDate", reviewDate);
    }
}
