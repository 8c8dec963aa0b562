package com.salespact.messaging;

/** How a person wants one kind of message: in the app only (the bell), also by e-mail, or also in their own Slack/Teams chat. */
public enum Delivery {
    IN_APP, EMAIL, CHAT;

    /** The choices every person is offered; CHAT comes on top once they set their own webhook (PreferenceService). */
    public static final java.util.List<Delivery> OFFERED = java.util.List.of(EMAIL, IN_APP);

    public String labelKey() {
        return "messaging.delivery." + name();
    }
}
