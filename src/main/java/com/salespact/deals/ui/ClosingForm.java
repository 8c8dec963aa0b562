package com.salespact.deals.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.LimitedTextArea;
import com.salespact.deals.ClosingDraft;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;

/**
 * What closing asks: amount and close date for a win, the reason for a loss. The Binder only asks for what is
 * missing; the deal's own rules (no amount below the gross profit, no date ahead) come back from the service and are
 * shown at their field ({@link #showError}), so each rule stays in one place.
 */
class ClosingForm extends Composite<FormLayout> {

    final BigDecimalField amount = new BigDecimalField(getTranslation("deals.amount"));
    final DatePicker closedOn = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("deals.closing.date"));
    final LimitedTextArea lostReason = new LimitedTextArea(getTranslation("deals.closing.reason"), 500);
    private final Binder<ClosingDraft> binder = new Binder<>(ClosingDraft.class);

    ClosingForm(Stage stage, ClosingDraft draft) {
        amount.setId("closing-amount");
        closedOn.setId("closing-date");
        lostReason.setId("closing-reason");
        if (stage == Stage.WON) {
            binder.forField(amount).asRequired(getTranslation("deals.required.amount"))
                    .bind(ClosingDraft::getAmount, ClosingDraft::setAmount);
            binder.forField(closedOn).asRequired(getTranslation("deals.closing.date-required"))
                    .bind(ClosingDraft::getClosedOn, ClosingDraft::setClosedOn);
            getContent().add(amount, closedOn);
        } else {
            binder.forField(lostReason).asRequired(getTranslation("deals.closing.reason-required"))
                    .bind(ClosingDraft::getLostReason, ClosingDraft::setLostReason);
            lostReason.setRequiredIndicatorVisible(true);
            lostReason.setMinHeight("120px");
            getContent().add(lostReason);
        }
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        binder.setBean(draft);
    }

    /** The draft as typed when every asked field is filled in; otherwise the fields say what is missing. */
    Optional<ClosingDraft> write() {
        return binder.validate().isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("amount", amount, "closedOn", closedOn,
                "lostReason", lostReason));
    }
}
