package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UnsavedWork;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountDraft;
import com.salespact.deals.AccountService;
import com.salespact.people.PersonSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;

/** Creates an account ({@code account} null) or edits one. Refusals show at their field; nothing is lost. */
class AccountDialog extends Dialog {

    final AccountForm form;
    final Button save = new Button();

    AccountDialog(AccountService service, List<PersonSummary> owners, AccountDetails account,
                  Consumer<AccountDetails> saved) {
        setHeaderTitle(getTranslation(account == null ? "accounts.new" : "accounts.edit"));
        setWidth("min(720px, 100vw)");
        form = new AccountForm(owners);
        AccountDraft draft = account == null ? new AccountDraft() : AccountDraft.of(account);
        form.edit(draft, account == null);
        UnsavedWork unsaved = form.keptOnDevice();
        unsaved.open(account == null ? "account.new" : "account." + account.id(),
                account == null ? getTranslation("accounts.new") : account.name());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-account");
        save.setMinHeight("44px");
        save.addClickListener(event -> form.write().ifPresent(changed -> {
            try {
                AccountDetails stored = service.save(account == null ? null : account.id(),
                        account == null ? 0 : account.version(), changed);
                unsaved.saved();
                FormErrors.success(getTranslation("accounts.saved", stored.name()));
                close();
                saved.accept(stored);
            } catch (RuleViolation violation) {
                form.showError(violation);
            } catch (ConcurrentEditException conflict) {
                FormErrors.error(conflict.getMessage());
            }
        }));
        Button cancel = new Button(getTranslation("action.cancel"), event -> {
            unsaved.discard();
            close();
        });
        cancel.setMinHeight("44px");
        add(form);
        getFooter().add(cancel, save);
    }
}
