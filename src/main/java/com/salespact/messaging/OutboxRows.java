package com.salespact.messaging;

import java.util.List;
import java.util.Optional;

/** The outbox as the admin reads it (implemented in the query package), newest first; status null means all. */
public interface OutboxRows {

    List<OutboxLine> page(OutboxStatus status, int offset, int limit);

    int count(OutboxStatus status);

    /** The HTML body (or, for a text-only message, the text) of one message. */
    Optional<String> body(long id);
}
