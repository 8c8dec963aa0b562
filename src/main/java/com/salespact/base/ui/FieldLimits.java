package com.salespact.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A length limit with its message. The browser stops typing at the limit, but a tampered request can still send
 * more; the server-side check then marks the field with this message instead of a blank red border.
 */
public final class FieldLimits {

    private FieldLimits() {
    }

    public static void maxLength(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(field.getTranslation("field.too-long", max)));
    }

    public static void maxLength(TextArea area, int max) {
        area.setMaxLength(max);
        area.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(area.getTranslation("field.too-long", max)));
    }
}
