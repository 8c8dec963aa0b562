package com.salespact.messaging;

/** Which chat an incoming webhook posts to: each takes its own JSON ({@link ChatPayloads}). */
public enum ChatType {
    /** Slack incoming webhook: {@code {"text": …, "blocks": […]}}. */
    SLACK,
    /** Microsoft Teams Workflows webhook: a message with an Adaptive Card 1.4 attachment. */
    TEAMS;

    public String labelKey() {
        return "messaging.chat.type." + name();
    }
}
