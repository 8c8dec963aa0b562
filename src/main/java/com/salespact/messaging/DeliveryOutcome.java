package com.salespact.messaging;

/** How one attempt to deliver ended. */
sealed interface DeliveryOutcome {

    /** The server accepted the message. */
    record Sent() implements DeliveryOutcome {
    }

    /** Worth another try later: the server is down, slow, or answered 4xx. */
    record Retry(String reason) implements DeliveryOutcome {
    }

    /** No later try can succeed: a malformed address, or the server refused with 5xx. */
    record Refused(String reason) implements DeliveryOutcome {
    }

    /** No mail server is configured; nothing was attempted. */
    record NotConfigured() implements DeliveryOutcome {
    }
}
