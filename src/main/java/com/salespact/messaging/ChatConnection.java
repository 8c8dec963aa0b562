package com.salespact.messaging;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A team's incoming webhook into Slack or Teams and the events it is told about. The URL is a secret: it leaves this
 * entity only masked ({@link WebhookUrls#mask}) or to {@link ChatDelivery} at send time; {@link #toString} omits it.
 */
@Entity
@Table(name = "chat_connection")
class ChatConnection extends AbstractEntity {

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChatType type;

    @Column(name = "webhook_url", nullable = false, length = 1000)
    private String webhookUrl;

    @Column(nullable = false, length = 200)
    private String events;

    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ChatConnection() {
    }

    ChatConnection(long teamId, String name, ChatType type, String webhookUrl, Set<ChatEvent> events, Instant now) {
        this.teamId = teamId;
        this.name = name;
        this.type = type;
        this.webhookUrl = webhookUrl;
        this.events = events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.enabled = true;
        this.createdAt = now;
    }

    long getTeamId() {
        return teamId;
    }

    String getName() {
        return name;
    }

    ChatType getType() {
        return type;
    }

    String getWebhookUrl() {
        return webhookUrl;
    }

    Set<ChatEvent> getEvents() {
        Set<ChatEvent> chosen = EnumSet.noneOf(ChatEvent.class);
        Arrays.stream(events.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
            try {
                chosen.add(ChatEvent.valueOf(name.strip()));
            } catch (IllegalArgumentException retired) {
                // An event a later version dropped: ignored, not an error.
            }
        });
        return chosen;
    }

    boolean wants(ChatEvent event) {
        return enabled && getEvents().contains(event);
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The masked URL, as the screens and the outbox page show it. */
    String maskedUrl() {
        return WebhookUrls.mask(webhookUrl);
    }

    @Override
    public String toString() {
        return "ChatConnection[" + getId() + ", team " + teamId + ", " + type + ", " + maskedUrl() + "]";
    }
}
