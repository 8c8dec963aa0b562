package com.salespact.messaging;

/** How one attempt to deliver ended. */
sealed interface DeliveryOutcome {

    /** The server accepted the message. */
    record Sent() implements DeliveryOutcome {
    }

    /**
     * Worth another try later: the server is down, slow, or answered 4xx (mail) / 429 or 5xx (chat).
     * @param after how long the server asked us to wait (HTTP Retry-After), or null for the usual back-off
     */
    record Retry(String reason, java.time.Duration after) implements DeliveryOutcome {

        Retry(String reason) {
            this(reason, null);
        }
    }

    /** No later try can succeed: a malformed address, a mail server's 5xx, a webhook's 4xx, a connection gone. */
    record Refused(String reason) implements DeliveryOutcome {
    }

    /** No mail server is configured; nothing was attempted. */
    record NotConfigured() implements DeliveryOutcome {
    }
}
