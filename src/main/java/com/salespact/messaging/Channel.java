package com.salespact.messaging;

/** How an outbox message leaves the app. Only MAIL is delivered today; invitations and chat posts share the outbox. */
public enum Channel {
    MAIL, INVITATION, CHAT
}
