package com.salespact.digest;

import com.salespact.digest.query.DigestQuery;
import com.salespact.digest.query.DigestQuery.DigestRecipient;
import com.salespact.messaging.FramedMails;
import com.salespact.security.SystemPrincipal;
import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues the weekly pact digest: on the digest day from the digest time on ({@link DigestWeek#due}, company zone),
 * one mail per person who wants it, each in its own transaction and keyed {@code digest:<person>:<ISO week>}, so a
 * second node, a restart or a rerun finds it queued and writes nothing. Looks every 10 minutes whether it is due
 * (so a node down at 7:00 still sends at 7:10); once per cluster: the run takes the lock {@value #LOCK}, and should
 * two nodes still race (a lock that expired), the outbox's unique key lets one row in.
 */
@Component
public class DigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    static final String LOCK = "weekly-digest";

    private final DigestQuery query;
    private final DigestComposer composer;
    private final FramedMails mails;
    private final DigestSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DigestJob(DigestQuery query, DigestComposer composer, FramedMails mails, DigestSettings settings,
              PlatformTransactionManager transactions, Clock clock) {
        this.query = query;
        this.composer = composer;
        this.mails = mails;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** At most 30 minutes (a few hundred mails take seconds); at least 1: a node a little behind finds it held. */
    @Scheduled(cron = "${salespact.digest.check-cron:0 */10 * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void onSchedule() {
        int queued = queueDue();
        if (queued > 0) {
            LOG.info("Queued {} weekly digests", queued);
        }
    }

    /** Queues this week's digests if they are due by the application clock. @return how many were queued now */
    public int queueDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        return DigestWeek.due(now, settings) ? queue(DigestWeek.of(now.toLocalDate())) : 0;
    }

    /** Queues the week's digest for everyone who wants it and has none queued yet. @return how many were queued */
    public int queue(DigestWeek week) {
        return SystemPrincipal.call(() -> {
            int queued = 0;
            for (DigestRecipient person : query.recipients()) {
                String key = week.dedupKey(person.id());
                if (mails.queued(key) || !mails.wantsMail(person.id(), DigestWriter.KIND)) {
                    continue;
                }
                try {
                    Boolean written = transaction.execute(status -> composer.compose(person, week)
                            .map(mail -> mails.enqueue(key, mail)).orElse(false));
                    queued += Boolean.TRUE.equals(written) ? 1 : 0;
                } catch (DataIntegrityViolationException race) {
                    LOG.info("Digest {} already queued by another node", key);
                } catch (RuntimeException failed) {
                    // One person's digest must not keep everyone else's back; the next check tries again.
                    LOG.warn("Digest {} could not be written", key, failed);
                }
            }
            return queued;
        });
    }
}
