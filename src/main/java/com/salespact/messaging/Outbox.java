package com.salespact.messaging;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way out of the app: a message is written here in the transaction of the change that causes it (so it exists
 * exactly when the change committed) and delivered later by {@link OutboxWorker}; no request waits on a mail server.
 * Not secured: only the app's own rules ({@link NotificationMails}) call it, inside a secured service's transaction.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final Clock clock;

    Outbox(OutboxRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Queues a mail in the caller's transaction (there must be one: a mail without its cause must not exist).
     * @return false when a message with the same dedup key exists already (the cause was queued before); the unique
     *     key in the database settles a race between two transactions
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        if (messages.existsByDedupKey(mail.dedupKey())) {
            return false;
        }
        messages.save(new OutboxMessage(Channel.MAIL, mail, clock.instant()));
        return true;
    }

    /** Queues a chat post in the caller's transaction, like {@link #enqueue(OutgoingMail)}. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(OutgoingChat chat) {
        if (messages.existsByDedupKey(chat.dedupKey())) {
            return false;
        }
        messages.save(new OutboxMessage(chat, clock.instant()));
        return true;
    }
}
