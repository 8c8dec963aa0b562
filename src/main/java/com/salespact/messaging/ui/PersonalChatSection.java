package com.salespact.messaging.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.messaging.ChatType;
import com.salespact.messaging.PersonalChatLine;
import com.salespact.messaging.PreferenceService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;

/**
 * The person's own Slack or Teams webhook (their DM or a channel of their own): once set, "in chat" is offered per
 * kind of message. The URL is a secret: after saving it is only shown masked; a new one replaces it.
 */
class PersonalChatSection extends Composite<VerticalLayout> {

    final Paragraph current = new Paragraph();
    final RadioButtonGroup<ChatType> type = new RadioButtonGroup<>(getTranslation("messaging.chat.type"));
    final TextField webhookUrl = new TextField(getTranslation("messaging.chat.personal.url"));
    final Button save = new Button(getTranslation("messaging.chat.personal.save"));
    final Button remove = new Button(getTranslation("messaging.chat.personal.remove"));
    private final PreferenceService preferences;
    private final Runnable changed;

    /** @param changed called after the webhook was set or removed (the choices per kind change with it) */
    PersonalChatSection(PreferenceService preferences, Runnable changed) {
        this.preferences = preferences;
        this.changed = changed;
        getContent().setPadding(false);
        Paragraph hint = new Paragraph(getTranslation("messaging.chat.personal.hint"));
        hint.addClassName("review-hint");
        current.setId("personal-chat-current");
        type.setId("personal-chat-type");
        type.setItems(ChatType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        type.setValue(ChatType.SLACK);
        webhookUrl.setId("personal-chat-url");
        webhookUrl.setWidthFull();
        webhookUrl.setHelperText(getTranslation("messaging.chat.url.help"));
        save.setId("personal-chat-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        remove.setId("personal-chat-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(event -> {
            preferences.removeMyChat();
            FormErrors.success(getTranslation("messaging.chat.personal.removed"));
            show(Optional.empty());
            changed.run();
        });
        getContent().add(new H3(getTranslation("messaging.chat.personal.title")), hint, current, type, webhookUrl,
                new HorizontalLayout(save, remove));
        show(preferences.myChat());
    }

    private void save() {
        try {
            PersonalChatLine saved = preferences.saveMyChat(type.getValue(), webhookUrl.getValue());
            webhookUrl.clear();
            webhookUrl.setInvalid(false);
            FormErrors.success(getTranslation("messaging.chat.personal.saved"));
            show(Optional.of(saved));
            changed.run();
        } catch (RuleViolation refused) {
            FormErrors.show(refused, Map.<String, HasValidation>of("webhookUrl", webhookUrl, "type", type));
        }
    }

    private void show(Optional<PersonalChatLine> chat) {
        current.setText(chat.map(line -> getTranslation("messaging.chat.personal.current",
                getTranslation(line.type().labelKey()), line.maskedUrl()))
                .orElse(getTranslation("messaging.chat.personal.none")));
        chat.ifPresent(line -> type.setValue(line.type()));
        remove.setVisible(chat.isPresent());
    }
}
