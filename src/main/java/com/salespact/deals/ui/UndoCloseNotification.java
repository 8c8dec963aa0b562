package com.salespact.deals.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.deals.ClosingService;
import com.salespact.deals.PendingClose;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import java.util.Locale;

/**
 * "Deal marked as won · Undo", open as long as the undo window (the server decides whether an undo still counts;
 * the notification only offers it). It stays up while the user moves to another page.
 */
final class UndoCloseNotification {

    private UndoCloseNotification() {
    }

    static Notification show(ClosingService closings, PendingClose pending, Runnable undone) {
        Notification notification = new Notification();
        notification.setId("undo-close");
        notification.setDuration((int) closings.undoWindow().toMillis());
        notification.setPosition(Notification.Position.BOTTOM_START);
        Span text = new Span(notification.getTranslation("deals.closing." + pending.stage().name().toLowerCase(Locale.ROOT)
                + ".done", pending.dealName()));
        Button undo = new Button(notification.getTranslation("deals.closing.undo"));
        undo.setId("undo-close-button");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.setMinHeight("44px");
        undo.addClickListener(event -> {
            notification.close();
            try {
                closings.undo(pending.dealId());
                FormErrors.success(notification.getTranslation("deals.closing.undone", pending.dealName()));
            } catch (RuleViolation tooLate) {
                FormErrors.error(tooLate.getMessage());
            }
            undone.run();
        });
        HorizontalLayout content = new HorizontalLayout(text, undo);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(content);
        if (!closings.undoWindow().isZero()) {
            notification.open();
        }
        return notification;
    }
}
