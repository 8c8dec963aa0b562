package com.salespact.messaging;

import java.util.EnumSet;
import java.util.Set;

/** A new chat connection as the form fills it in (the form's Binder bean). */
public class ChatConnectionDraft {

    private String name = "";
    private ChatType type = ChatType.SLACK;
    private String webhookUrl = "";
    private Set<ChatEvent> events = EnumSet.of(ChatEvent.DEAL_WON);

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ChatType getType() {
        return type;
    }

    public void setType(ChatType type) {
        this.type = type;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public void setWebhookUrl(String webhookUrl) {
        this.webhookUrl = webhookUrl;
    }

    public Set<ChatEvent> getEvents() {
        return events;
    }

    public void setEvents(Set<ChatEvent> events) {
        this.events = events == null || events.isEmpty() ? EnumSet.noneOf(ChatEvent.class) : EnumSet.copyOf(events);
    }
}
