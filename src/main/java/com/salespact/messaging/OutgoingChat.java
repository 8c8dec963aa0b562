package com.salespact.messaging;

import java.util.Optional;

/**
 * A chat post to put in the outbox, rendered (the payload stored is the payload sent). It names its destination, not
 * the webhook URL: {@code chat:<connectionId>} for a team's connection, {@code chat:person:<personId>} for a person's
 * own webhook; the worker looks the URL up at send time, so a deleted or disabled connection posts nothing.
 * @param shownAs who it goes to as the outbox page shows it: the connection's name and masked URL
 */
record OutgoingChat(String dedupKey, Long recipientId, String address, String shownAs, String kind,
                    ChatMessage message, String payload) {

    private static final String TEAM = "chat:";
    private static final String PERSON = "chat:person:";

    static String teamAddress(long connectionId) {
        return TEAM + connectionId;
    }

    static String personAddress(long personId) {
        return PERSON + personId;
    }

    /** The person of a {@code chat:person:<id>} address. */
    static Optional<Long> personOf(String address) {
        return address != null && address.startsWith(PERSON) ? number(address.substring(PERSON.length()))
                : Optional.empty();
    }

    /** The connection of a {@code chat:<id>} address. */
    static Optional<Long> connectionOf(String address) {
        return address != null && address.startsWith(TEAM) && !address.startsWith(PERSON)
                ? number(address.substring(TEAM.length())) : Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException bad) {
            return Optional.empty();
        }
    }
}
