package com.salespact.api.ui;

import com.salespact.base.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a new token once, with a copy button: it is stored only hashed and cannot be shown again. */
class NewTokenDialog extends Dialog {

    final TextField token = new TextField();

    NewTokenDialog(String rawToken) {
        setHeaderTitle(getTranslation("api.tokens.created"));
        token.setValue(rawToken);
        token.setReadOnly(true);
        token.setWidthFull();
        token.setId("new-api-token");
        token.setLabel(getTranslation("api.tokens.token"));
        Button copy = new Button(getTranslation("api.tokens.copy"), VaadinIcon.COPY.create(), event -> {
            event.getSource().getElement().executeJs("return navigator.clipboard.writeText($0)", rawToken);
            FormErrors.success(getTranslation("api.tokens.copied"));
        });
        copy.setId("copy-api-token");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("api.tokens.created-help")), token);
        getFooter().add(copy, new Button(getTranslation("action.close"), event -> close()));
        setWidth("36rem");
    }
}
