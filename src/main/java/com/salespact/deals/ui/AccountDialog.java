package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.deals.AccountConflictException;
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
import java.util.function.Supplier;

/** Creates an account ({@code account} null) or edits one. Refusals show at their field; nothing is lost. */
class AccountDialog extends Dialog {

    final AccountForm form;
    final Button save = new Button();
    private final UnsavedWork unsaved;

    AccountDialog(AccountService service, List<PersonSummary> owners, AccountDetails account,
                  Consumer<AccountDetails> saved) {
        setHeaderTitle(getTranslation(account == null ? "accounts.new" : "accounts.edit"));
        setWidth("min(720px, 100vw)");
        form = new AccountForm(owners);
        AccountDraft draft = account == null ? new AccountDraft() : AccountDraft.of(account);
        form.edit(draft, account == null);
        unsaved = form.keptOnDevice();
        unsaved.open(account == null ? "account.new" : "account." + account.id(),
                account == null ? getTranslation("accounts.new") : account.name());

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-account");
        save.setMinHeight("44px");
        save.addClickListener(event -> form.write().ifPresent(changed -> {
            if (account == null) {
                store(() -> service.save(null, 0, changed), saved);
            } else {
                saveEdit(service, account.id(), new Edit<>(account.version(), AccountDraft.of(account), changed), saved);
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

    /** Saves what the user changed; other fields saved meanwhile are kept, a clash is asked per field. */
    private void saveEdit(AccountService service, long accountId, Edit<AccountDraft> edit,
                          Consumer<AccountDetails> saved) {
        try {
            store(() -> service.save(accountId, edit), saved);
        } catch (AccountConflictException conflict) {
            AccountDraft theirs = AccountDraft.of(conflict.current());
            Merge<AccountDraft> merge = AccountDraft.FIELDS.merge(edit.base(), edit.mine(), theirs);
            new FieldConflictDialog(getTranslation("accounts.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(), keepMine -> saveEdit(service, accountId,
                            new Edit<>(conflict.currentVersion(), theirs, merge.resolve(keepMine)), saved)).open();
        } catch (ConcurrentEditException raced) {
            FormErrors.error(raced.getMessage());
        }
    }

    private void store(Supplier<AccountDetails> save, Consumer<AccountDetails> saved) {
        try {
            AccountDetails stored = save.get();
            unsaved.saved();
            FormErrors.success(getTranslation("accounts.saved", stored.name()));
            close();
            saved.accept(stored);
        } catch (RuleViolation violation) {
            form.showError(violation);
        }
    }
}
