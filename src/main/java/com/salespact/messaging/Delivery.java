package com.salespact.messaging;

/** How a person wants one kind of message: in the app only (the bell), or also by e-mail; CHAT comes with Slack/Teams. */
public enum Delivery {
    IN_APP, EMAIL, CHAT;

    /** The choices a person is offered today. */
    public static final java.util.List<Delivery> OFFERED = java.util.List.of(EMAIL, IN_APP);

    public String labelKey() {
        return "messaging.delivery." + name();
    }
}
