package com.salespact.deals.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.ClosingService;
import com.salespact.deals.DealConflictException;
import com.salespact.deals.PendingClose;
import com.salespact.deals.Stage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/**
 * "Mark as won" / "Mark as lost": the deliberate step between a tap (or a drop) and a closed deal. Confirming saves
 * the close with its undo window and shows the "Undo" notification; cancelling changes nothing.
 */
class CloseDealDialog extends Dialog {

    final ClosingForm form;
    final Button confirm = new Button();

    /**
     * @param closed told once the close is saved (the board redraws); also after an undo
     */
    CloseDealDialog(ClosingService closings, long dealId, long version, String dealName, Stage stage,
                    Runnable closed) {
        String kind = stage.name().toLowerCase(java.util.Locale.ROOT);
        setHeaderTitle(getTranslation("deals.closing." + kind + ".title", dealName));
        setWidth("min(460px, 100vw)");
        setId("close-deal-dialog");
        form = new ClosingForm(stage, closings.draft(dealId));
        Paragraph intro = new Paragraph(getTranslation("deals.closing." + kind + ".intro",
                String.valueOf(closings.undoWindow().toSeconds())));
        intro.addClassName("closing-intro");

        confirm.setText(getTranslation("deals.closing." + kind + ".confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (stage == Stage.LOST) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("closing-confirm");
        confirm.setMinHeight("44px");
        confirm.addClickListener(event -> form.write().ifPresent(draft -> {
            try {
                PendingClose pending = closings.close(dealId, version, stage, draft);
                close();
                UndoCloseNotification.show(closings, pending, closed);
                closed.run();
            } catch (RuleViolation violation) {
                form.showError(violation);
            } catch (DealConflictException conflict) {
                close();
                FormErrors.error(conflict.getMessage() + " " + getTranslation("deals.board-refreshed"));
                closed.run();
            }
        }));
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setId("closing-cancel");
        cancel.setMinHeight("44px");

        add(intro, form);
        getFooter().add(cancel, confirm);
    }
}
