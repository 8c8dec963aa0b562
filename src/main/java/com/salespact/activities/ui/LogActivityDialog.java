package com.salespact.activities.ui;

import com.salespact.activities.ActivityKind;
import com.salespact.activities.ActivityService;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Log an activity in two taps: open, then tap what you did. Linking an account is optional. Logged for today.
 */
class LogActivityDialog extends Dialog {

    private final ComboBox<AccountChoice> account = new ComboBox<>();

    public LogActivityDialog(ActivityService activities, AccountService accounts, long repId, Clock clock, Runnable afterLog) {
        setHeaderTitle(getTranslation("activities.log-title"));
        setId("log-activity-dialog");
        addClassName("log-activity-dialog");
        account.setLabel(getTranslation("activities.account-optional"));
        account.setItemLabelGenerator(AccountChoice::name);
        account.setItems(query -> accounts.visibleAccounts(query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream());
        account.setClearButtonVisible(true);
        account.setWidthFull();

        Div kinds = new Div();
        kinds.addClassName("activity-kinds");
        for (ActivityKind kind : ActivityKind.values()) {
            Button button = new Button(getTranslation("activity." + kind.name()), iconFor(kind).create(), event -> {
                try {
                    activities.log(repId, kind, LocalDate.now(clock),
                            account.getValue() == null ? null : account.getValue().id(), null, null);
                    FormErrors.success(getTranslation("activities.logged", getTranslation("activity." + kind.name())));
                    close();
                    afterLog.run();
                } catch (RuleViolation violation) {
                    FormErrors.error(violation.getMessage());
                }
            });
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            button.setId("log-" + kind.name().toLowerCase());
            kinds.add(button);
        }
        add(kinds, account);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel);
    }

    static VaadinIcon iconFor(ActivityKind kind) {
        return switch (kind) {
            case CALL -> VaadinIcon.PHONE;
            case MEETING -> VaadinIcon.GROUP;
            case PROSPECTING -> VaadinIcon.SEARCH;
            case PROPOSAL -> VaadinIcon.FILE_TEXT_O;
        };
    }
}
