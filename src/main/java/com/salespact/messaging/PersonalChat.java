package com.salespact.messaging;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person's own incoming webhook (their DM or channel); with one, "chat" is offered per kind of message. */
@Entity
@Table(name = "personal_chat")
class PersonalChat extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatType type;

    @Column(name = "webhook_url", nullable = false, length = 1000)
    private String webhookUrl;

    protected PersonalChat() {
    }

    PersonalChat(long personId, ChatType type, String webhookUrl) {
        this.personId = personId;
        change(type, webhookUrl);
    }

    void change(ChatType type, String webhookUrl) {
        this.type = type;
        this.webhookUrl = webhookUrl;
    }

    long getPersonId() {
        return personId;
    }

    ChatType getType() {
        return type;
    }

    String getWebhookUrl() {
        return webhookUrl;
    }

    @Override
    public String toString() {
        return "PersonalChat[" + personId + ", " + type + ", " + WebhookUrls.mask(webhookUrl) + "]";
    }
}
