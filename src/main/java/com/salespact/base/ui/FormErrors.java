package com.salespact.base.ui;

import com.salespact.base.RuleViolation;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/**
 * Puts a service's refusal at the field it concerns, or, when it concerns the whole form, in a notification at the top
 * of the page, clear of the fields being filled in.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(RuleViolation violation, Map<String, ? extends HasValidation> fields) {
        HasValidation field = violation.field() == null ? null : fields.get(violation.field());
        if (field != null) {
            field.setErrorMessage(violation.getMessage());
            field.setInvalid(true);
        } else {
            error(violation.getMessage());
        }
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 2500, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
