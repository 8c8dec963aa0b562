package com.salespact.commission.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * One text to send about a statement line: the rep's question ("Question this line") or the manager's answer.
 * The service's refusal shows at the text field; the dialog closes only when the text was stored.
 */
class QuestionDialog extends Dialog {

    final TextArea text = new LimitedTextArea(null, 2000);
    final Button send = new Button();

    QuestionDialog(String title, String context, String label, String sendLabel, Consumer<String> store,
                   Runnable afterStore) {
        setHeaderTitle(title);
        setId("commission-question-dialog");
        setWidth("min(32em, 94vw)");
        Paragraph about = new Paragraph(context);
        about.setId("commission-question-context");
        text.setId("commission-question-text");
        text.setLabel(label);
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setRequiredIndicatorVisible(true);
        add(about, text);

        send.setText(sendLabel);
        send.setId("commission-question-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setMinHeight("44px");
        send.addClickListener(event -> {
            try {
                store.accept(text.getValue());
                close();
                afterStore.run();
            } catch (RuleViolation refused) {
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            } catch (org.springframework.security.access.AccessDeniedException denied) {
                FormErrors.error(getTranslation("commission.denied"));
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        cancel.setMinHeight("44px");
        getFooter().add(cancel, send);
    }
}
