package com.salespact.messaging;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox (mails and chat posts), on every node. Each due message is first claimed with a conditional update (a lease of
 * {@code salespact.messaging.lease}), so of two nodes (or two threads) exactly one gets it; the mail server is called
 * outside any transaction; the result is recorded only under the claim. A failure waits (30 s, 2 min, 10 min, 1 h,
 * 6 h, then 6 h: {@code salespact.messaging.retry-delays}) and after {@code salespact.messaging.max-attempts} the
 * message is FAILED with the server's reason; a refusal (malformed address, 5xx) fails at once. A node that dies
 * between "sent" and "marked" leaves a claim that runs out: the mail goes once more (decision 020).
 */
@Component
public class OutboxWorker {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    /** Stored, not shown as it is: the outbox page translates it (see {@code ui.OutboxView}). */
    public static final String NO_MAIL_SERVER = "messaging.error.no-mail-server";

    private final OutboxRepository messages;
    private final MailDelivery delivery;
    private final ChatDelivery chat;
    private final ChatDestinations destinations;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration lease;
    private final List<Duration> retryDelays;
    private final String node;

    OutboxWorker(OutboxRepository messages, MailDelivery delivery, ChatDelivery chat, ChatDestinations destinations,
                 PlatformTransactionManager transactions, Clock clock,
                 @Value("${salespact.messaging.worker.enabled:true}") boolean enabled,
                 @Value("${salespact.messaging.batch-size:50}") int batchSize,
                 @Value("${salespact.messaging.max-attempts:8}") int maxAttempts,
                 @Value("${salespact.messaging.lease:5m}") Duration lease,
                 @Value("${salespact.messaging.retry-delays:30s,2m,10m,1h,6h}") List<Duration> retryDelays) {
        this.messages = messages;
        this.delivery = delivery;
        this.chat = chat;
        this.destinations = destinations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.lease = lease;
        this.retryDelays = retryDelays.isEmpty() ? List.of(Duration.ofMinutes(1)) : List.copyOf(retryDelays);
        this.node = nodeName();
    }

    @Scheduled(fixedDelayString = "${salespact.messaging.worker.delay:2s}",
            initialDelayString = "${salespact.messaging.worker.initial-delay:10s}")
    void onSchedule() {
        if (!enabled) {
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException unexpected) {
            // The database may be away for a moment; the next round tries again and nothing is lost.
            LOG.warn("Outbox round failed: {}", unexpected.toString());
        }
    }

    /**
     * One round: every mail and chat post due now, claimed one by one. Without a mail server, mails wait (with the
     * reason shown) and chat posts still go: they need none. @return how many this worker sent
     */
    public int deliverDue() {
        int sent = 0;
        if (delivery.configured()) {
            sent += deliverDue(Channel.MAIL);
        } else {
            transaction.executeWithoutResult(status -> messages.explainWaiting(Channel.MAIL, NO_MAIL_SERVER));
        }
        sent += deliverDue(Channel.CHAT);
        return sent;
    }

    private int deliverDue(Channel channel) {
        int sent = 0;
        List<Long> due = transaction.execute(status -> messages.due(channel, clock.instant(),
                PageRequest.of(0, batchSize)));
        for (Long id : due == null ? List.<Long>of() : due) {
            if (deliver(id)) {
                sent++;
            }
        }
        if (sent > 0) {
            LOG.info("Outbox: sent {} {} message(s)", sent, channel);
        }
        return sent;
    }

    private boolean deliver(long id) {
        String token = node + ":" + UUID.randomUUID();
        Instant now = clock.instant();
        // A chat row's URL is looked up under the claim: the row holds only the connection's or person's id.
        Object envelope = transaction.execute(status -> messages.claim(id, token, now, now.plus(lease)) == 1
                ? messages.findById(id).map(row -> row.getChannel() == Channel.CHAT ? destinations.resolve(row)
                        : (Object) MailEnvelope.of(row)).orElse(null) : null);
        if (envelope == null) {
            return false; // another worker has it, or it was sent meanwhile
        }
        DeliveryOutcome outcome = switch (envelope) {
            case ChatDestinations.ChatEnvelope post when post.problem() != null ->
                    new DeliveryOutcome.Refused(post.problem());
            case ChatDestinations.ChatEnvelope post -> chat.send(post.url(), post.payload());
            case MailEnvelope mail -> delivery.send(mail);
            default -> throw new IllegalStateException("Unknown envelope " + envelope.getClass());
        };
        Instant after = clock.instant();
        Integer recorded = transaction.execute(status -> switch (outcome) {
            case DeliveryOutcome.Sent sent -> messages.markSent(id, token, after);
            case DeliveryOutcome.Refused refused -> messages.markUnsent(id, token, OutboxStatus.FAILED, 1, after,
                    refused.reason());
            case DeliveryOutcome.Retry retry -> retry(id, token, after, retry.reason(), retry.after());
            case DeliveryOutcome.NotConfigured none -> messages.markUnsent(id, token, OutboxStatus.QUEUED, 0, after,
                    NO_MAIL_SERVER);
        });
        if (recorded == null || recorded == 0) {
            LOG.warn("Outbox message {}: the claim ran out before its result ({}) was recorded", id, outcome);
        }
        if (outcome instanceof DeliveryOutcome.Refused refused) {
            LOG.warn("Outbox message {} refused: {}", id, refused.reason());
        }
        return outcome instanceof DeliveryOutcome.Sent;
    }

    private int retry(long id, String token, Instant now, String reason, Duration asked) {
        int attempts = messages.findById(id).map(OutboxMessage::getAttempts).orElse(0) + 1;
        if (attempts >= maxAttempts) {
            LOG.warn("Outbox message {} failed after {} attempts: {}", id, attempts, reason);
            return messages.markUnsent(id, token, OutboxStatus.FAILED, 1, now, reason);
        }
        // A server that says when (HTTP 429 with Retry-After) is taken at its word.
        Duration wait = asked != null ? asked : retryDelays.get(Math.min(attempts - 1, retryDelays.size() - 1));
        return messages.markUnsent(id, token, OutboxStatus.QUEUED, 1, now.plus(wait), reason);
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            host = "node";
        }
        String name = host + "-" + ProcessHandle.current().pid();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
