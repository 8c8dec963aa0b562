package com.salespact.messaging;

import java.util.Set;

/** A team's chat connection as the screen lists it: the URL only masked. */
public record ChatConnectionLine(long id, long teamId, String name, ChatType type, String maskedUrl,
                                 Set<ChatEvent> events, boolean enabled) {

    static ChatConnectionLine of(ChatConnection connection) {
        return new ChatConnectionLine(connection.getId(), connection.getTeamId(), connection.getName(),
                connection.getType(), connection.maskedUrl(), Set.copyOf(connection.getEvents()),
                connection.isEnabled());
    }
}
