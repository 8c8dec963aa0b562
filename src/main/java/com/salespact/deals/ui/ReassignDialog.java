package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountService;
import com.salespact.deals.OwnerStyleMismatch;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * A manager or admin gives the account to another rep. If the rep's style does not fit the account (a farmer for
 * new business, a hunter for an existing customer) the warning is shown at the field with "Reassign anyway".
 */
class ReassignDialog extends Dialog {

    final ComboBox<PersonSummary> newOwner = new ComboBox<>();
    final Button reassign = new Button();
    final Button anyway = new Button();

    ReassignDialog(AccountService service, AccountDetails account, List<PersonSummary> reps,
                   Consumer<AccountDetails> done) {
        setHeaderTitle(getTranslation("accounts.reassign.title", account.name()));
        setWidth("min(520px, 100vw)");
        newOwner.setLabel(getTranslation("accounts.reassign.to"));
        newOwner.setItems(reps.stream().filter(rep -> rep.id() != account.ownerId()).toList());
        newOwner.setItemLabelGenerator(rep -> rep.repStyle() == null ? rep.fullName()
                : rep.fullName() + " · " + getTranslation("style." + rep.repStyle().name()));
        newOwner.setWidthFull();
        newOwner.setId("reassign-owner");
        newOwner.addValueChangeListener(event -> {
            newOwner.setInvalid(false);
            anyway.setVisible(false);
        });

        reassign.setText(getTranslation("accounts.reassign"));
        reassign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reassign.setId("reassign-save");
        reassign.setMinHeight("44px");
        reassign.addClickListener(event -> submit(service, account, false, done));
        anyway.setText(getTranslation("accounts.reassign.anyway"));
        anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anyway.setId("reassign-anyway");
        anyway.setMinHeight("44px");
        anyway.setVisible(false);
        anyway.addClickListener(event -> submit(service, account, true, done));
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setMinHeight("44px");

        add(new Paragraph(getTranslation("accounts.reassign.intro", account.ownerName())), newOwner);
        getFooter().add(cancel, anyway, reassign);
    }

    private void submit(AccountService service, AccountDetails account, boolean force,
                        Consumer<AccountDetails> done) {
        if (newOwner.getValue() == null) {
            newOwner.setErrorMessage(getTranslation("accounts.reassign.choose"));
            newOwner.setInvalid(true);
            return;
        }
        try {
            AccountDetails saved = service.reassign(account.id(), account.version(), newOwner.getValue().id(), force);
            FormErrors.success(getTranslation("accounts.reassigned", saved.name(), saved.ownerName()));
            close();
            done.accept(saved);
        } catch (OwnerStyleMismatch warning) {
            newOwner.setErrorMessage(warning.getMessage());
            newOwner.setInvalid(true);
            anyway.setVisible(true);
        } catch (RuleViolation violation) {
            newOwner.setErrorMessage(violation.getMessage());
            newOwner.setInvalid(true);
        } catch (ConcurrentEditException conflict) {
            FormErrors.error(conflict.getMessage());
        }
    }
}
