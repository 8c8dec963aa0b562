package com.salespact.messaging.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.messaging.ChatConnectionDraft;
import com.salespact.messaging.ChatEvent;
import com.salespact.messaging.ChatType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Map;
import java.util.Optional;

/**
 * A new chat connection: a name, Slack or Teams, the webhook URL (checked by the service, its refusal shown at the
 * field; a password-like secret, so never echoed back afterwards), and the events the channel is told about.
 */
class ChatConnectionForm extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("messaging.chat.name"));
    final RadioButtonGroup<ChatType> type = new RadioButtonGroup<>(getTranslation("messaging.chat.type"));
    final TextField webhookUrl = new TextField(getTranslation("messaging.chat.url"));
    final CheckboxGroup<ChatEvent> events = new CheckboxGroup<>(getTranslation("messaging.chat.events"));
    private final Binder<ChatConnectionDraft> binder = new Binder<>();

    ChatConnectionForm() {
        name.setId("chat-name");
        name.setMaxLength(100);
        type.setId("chat-type");
        type.setItems(ChatType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        webhookUrl.setId("chat-url");
        webhookUrl.setPlaceholder("https://hooks.slack.com/services/…");
        webhookUrl.setHelperText(getTranslation("messaging.chat.url.help"));
        webhookUrl.setWidthFull();
        events.setId("chat-events");
        events.setItems(ChatEvent.values());
        events.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        binder.forField(name).asRequired(getTranslation("messaging.chat.rule.name-required"))
                .bind(ChatConnectionDraft::getName, ChatConnectionDraft::setName);
        binder.forField(type).asRequired(getTranslation("messaging.chat.rule.type-required"))
                .bind(ChatConnectionDraft::getType, ChatConnectionDraft::setType);
        binder.forField(webhookUrl).asRequired(getTranslation("messaging.chat.rule.url-required"))
                .bind(ChatConnectionDraft::getWebhookUrl, ChatConnectionDraft::setWebhookUrl);
        binder.forField(events).asRequired(getTranslation("messaging.chat.rule.events-required"))
                .bind(ChatConnectionDraft::getEvents, ChatConnectionDraft::setEvents);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2));
        getContent().add(name, type, webhookUrl, events);
        getContent().setColspan(webhookUrl, 2);
        clear();
    }

    /** A fresh draft (Slack, celebrating wins). */
    void clear() {
        binder.readBean(new ChatConnectionDraft());
    }

    /** The draft as typed; empty (with the fields marked) when one is missing. */
    Optional<ChatConnectionDraft> write() {
        ChatConnectionDraft draft = new ChatConnectionDraft();
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    void showError(RuleViolation violation) {
        Map<String, HasValidation> fields = Map.of("name", name, "type", type, "webhookUrl", webhookUrl,
                "events", events);
        FormErrors.show(violation, fields);
    }
}
