package com.salespact.deals.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.AccountConflictException;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountPlanDraft;
import com.salespact.deals.AccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Consumer;

/**
 * The account plan of an A or B account. It is saved as an edit: a clash with a plan saved meanwhile is asked per
 * field.
 */
class AccountPlanSection extends VerticalLayout {

    private final AccountService accounts;
    private final Consumer<AccountDetails> saved;
    private final Paragraph noPlanYet = new Paragraph();
    final AccountPlanForm form = new AccountPlanForm();
    final Button save = new Button();
    private AccountDetails account;

    AccountPlanSection(AccountService accounts, Consumer<AccountDetails> saved) {
        this.accounts = accounts;
        this.saved = saved;
        save.setText(getTranslation("accounts.plan.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-plan");
        save.setMinHeight("44px");
        save.addClickListener(event -> save());
        noPlanYet.setText(getTranslation("accounts.plan.none-yet"));
        Div actions = new Div(save);
        actions.addClassName("form-actions");
        add(noPlanYet, form, actions);
        setPadding(false);
    }

    /** @param reread show the stored plan in the form (false keeps what is typed) */
    void show(AccountDetails shown, boolean reread) {
        account = shown;
        if (reread) {
            form.edit(shown.plan());
        }
        noPlanYet.setVisible(shown.plan() == null);
    }

    private void save() {
        form.write().ifPresent(draft -> save(new Edit<>(
                account.planVersion() == null ? Edit.NOT_SAVED_YET : account.planVersion(),
                AccountPlanDraft.of(account.plan()), draft)));
    }

    /** Saves what the user changed in the plan; a clash with a plan saved meanwhile is asked per field. */
    private void save(Edit<AccountPlanDraft> edit) {
        try {
            AccountDetails stored = accounts.savePlan(account.id(), edit);
            FormErrors.success(getTranslation("accounts.plan.saved"));
            saved.accept(stored);
        } catch (RuleViolation violation) {
            form.showError(violation);
        } catch (AccountConflictException conflict) {
            AccountPlanDraft theirs = AccountPlanDraft.of(conflict.current().plan());
            Merge<AccountPlanDraft> merge = AccountPlanDraft.FIELDS.merge(edit.base(), edit.mine(), theirs);
            new FieldConflictDialog(getTranslation("accounts.plan.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(), keepMine -> save(
                            new Edit<>(conflict.currentVersion(), theirs, merge.resolve(keepMine)))).open();
        } catch (ConcurrentEditException conflict) {
            FormErrors.error(conflict.getMessage());
        }
    }
}
