package com.salespact.activities.ui;

import com.salespact.activities.ActivityKind;
import com.salespact.activities.ActivityService;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.AccountChoice;
import com.salespact.deals.AccountService;
import com.salespact.deals.DealChoice;
import com.salespact.deals.DealService;
import com.salespact.deals.ui.PageSubject;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Log an activity in two taps: open, then tap what you did. Linking an account and one of its open deals is
 * optional; opened on a deal's or an account's page, the dialog links that deal and account already. Logged for
 * today.
 */
class LogActivityDialog extends Dialog {

    final ComboBox<AccountChoice> account = new ComboBox<>();
    final ComboBox<DealChoice> deal = new ComboBox<>();

    /** @param page what the page the dialog is opened on is about: its deal and account are linked unless changed */
    LogActivityDialog(ActivityService activities, AccountService accounts, DealService deals, long repId, Clock clock,
                      PageSubject page, Runnable afterLog) {
        setHeaderTitle(getTranslation("activities.log-title"));
        setId("log-activity-dialog");
        addClassName("log-activity-dialog");
        account.setId("log-account");
        account.setLabel(getTranslation("activities.account-optional"));
        account.setItemLabelGenerator(AccountChoice::name);
        account.setItems(query -> accounts.visibleAccounts(query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream()).setIdentifierProvider(AccountChoice::id);
        account.setClearButtonVisible(true);
        account.setWidthFull();

        deal.setId("log-deal");
        deal.setLabel(getTranslation("activities.deal-optional"));
        deal.setItemLabelGenerator(choice -> getTranslation("activities.deal-of", choice.name(), choice.account().name()));
        deal.setItems(query -> deals.openDealChoices(account.getValue() == null ? null : account.getValue().id(),
                query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream())
                .setIdentifierProvider(DealChoice::id);
        deal.setClearButtonVisible(true);
        deal.setWidthFull();
        // A deal belongs to one account: choosing it chooses its account; another account drops it.
        deal.addValueChangeListener(event -> {
            DealChoice chosen = event.getValue();
            if (chosen != null && !isAccount(chosen.account().id())) {
                account.setValue(chosen.account());
            }
        });
        account.addValueChangeListener(event -> {
            if (deal.getValue() != null && !isAccount(deal.getValue().account().id())) {
                deal.clear();
            }
            deal.getLazyDataView().refreshAll();
        });
        page.subjectDeal().ifPresentOrElse(deal::setValue, () -> page.subjectAccount().ifPresent(account::setValue));

        Div kinds = new Div();
        kinds.addClassName("activity-kinds");
        for (ActivityKind kind : ActivityKind.values()) {
            Button button = new Button(getTranslation("activity." + kind.name()), iconFor(kind).create(), event -> {
                try {
                    activities.log(repId, kind, LocalDate.now(clock),
                            account.getValue() == null ? null : account.getValue().id(),
                            deal.getValue() == null ? null : deal.getValue().id(), null);
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
        add(kinds, account, deal);
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        getFooter().add(cancel);
    }

    private boolean isAccount(long accountId) {
        return account.getValue() != null && account.getValue().id() == accountId;
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
