package com.salespact.messaging;

/** Who a message goes to: an active person's name, e-mail address (may be null) and chosen language (may be null). */
public record Recipient(long personId, String fullName, String email, String language, boolean active) {
}
