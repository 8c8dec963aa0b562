package com.salespact.messaging;

import java.util.List;

/**
 * What a chat post says, before it is shaped for Slack or Teams ({@link ChatPayloads}): a title, a few lines, and
 * optionally a link into the app. Already in the reader's language.
 */
record ChatMessage(String title, List<String> lines, String link, String linkLabel) {

    ChatMessage {
        lines = List.copyOf(lines);
    }

    /** Title and lines as plain text: the notification text of Slack and the outbox page's subject. */
    String plain() {
        return lines.isEmpty() ? title : title + " — " + String.join(" · ", lines);
    }
}
