package com.salespact.messaging;

/** A person's own chat webhook as their settings page shows it: which chat, and the URL masked. */
public record PersonalChatLine(ChatType type, String maskedUrl) {
}
