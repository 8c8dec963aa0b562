package com.salespact.messaging;

import com.salespact.base.RuleViolation;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's view of the outbox: what is queued, sent and failed (with the server's reason), a preview of a message,
 * and "Retry now". Admins only: mails carry private content (targets, commission answers).
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class OutboxService {

    private final OutboxRows rows;
    private final OutboxRepository messages;
    private final Clock clock;

    OutboxService(OutboxRows rows, OutboxRepository messages, Clock clock) {
        this.rows = rows;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutboxLine> page(OutboxStatus status, int offset, int limit) {
        return rows.page(status, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(OutboxStatus status) {
        return rows.count(status);
    }

    /** The message as its recipient sees it (HTML, or the text of a text-only message). */
    @Transactional(readOnly = true)
    public String preview(long id) {
        return rows.body(id).orElseThrow(() -> RuleViolation.of("messaging.outbox.gone"));
    }

    /**
     * Makes a queued or failed message due now (a failed one with a fresh count of attempts).
     * @throws RuleViolation when it was sent meanwhile or a worker is delivering it right now
     */
    public void retryNow(long id) {
        if (messages.retryNow(id, clock.instant()) == 0) {
            throw RuleViolation.of("messaging.outbox.not-retried");
        }
    }
}
