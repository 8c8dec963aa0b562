package com.salespact.messaging;

import com.salespact.base.Formats;
import com.salespact.base.CompanySettings;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way in for features that write a whole mail of their own (the weekly digest, decision 022) instead of a
 * notification: a body from their template under {@code templates/mail/}, in {@link MailFrame}'s frame (greeting,
 * button, why, one-click unsubscribe) and the recipient's language, then queued in the outbox. Who wants which kind
 * stays messaging's rule ({@link MessageKinds}, the person's preference). Not secured, like {@link Outbox}: the
 * calling service decides whose data goes into the body.
 */
@Component
public class FramedMails {

    private final Recipients recipients;
    private final MailFrame frame;
    private final MailTemplates templates;
    private final Outbox outbox;
    private final OutboxRepository messages;
    private final CompanySettings settings;

    FramedMails(Recipients recipients, MailFrame frame, MailTemplates templates, Outbox outbox,
                OutboxRepository messages, CompanySettings settings) {
        this.recipients = recipients;
        this.frame = frame;
        this.templates = templates;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
    }

    /** An active person with an address who wants this kind by e-mail (their choice, else the kind's default). */
    public boolean wantsMail(long personId, String kind) {
        return MessageKinds.known(kind)
                && recipients.find(personId).filter(recipient -> frame.wantsMail(recipient, kind)).isPresent();
    }

    /** The person's language for what is written to them. */
    public Locale localeOf(long personId) {
        return recipients.find(personId).map(frame::localeOf).orElse(settings.companyLocale());
    }

    /** Dates and amounts as the person reads them ("4 Dec 2026", "4. Dez. 2026"). */
    public Formats formatsOf(long personId) {
        return settings.formatsFor(localeOf(personId));
    }

    /** Whether a mail with this dedup key was queued already (sent or not). */
    public boolean queued(String dedupKey) {
        return messages.existsByDedupKey(dedupKey);
    }

    /**
     * Renders {@code templates/mail/<template>.html} and {@code .txt} with {@code model} (values plain, escaped by the
     * HTML template) in the person's language and puts the result in the frame.
     * @param link a route inside the app for the frame's button
     * @return empty for a person who does not exist
     */
    public Optional<ComposedMail> compose(long personId, String kind, String subject, String template,
                                          Map<String, Object> model, String link) {
        return recipients.find(personId).map(recipient -> {
            Locale locale = frame.localeOf(recipient);
            MailFrame.Framed framed = frame.frame(recipient, kind, subject,
                    templates.render(template + ".html", locale, model),
                    templates.render(template + ".txt", locale, model).strip(), link);
            return new ComposedMail(personId, recipient.email() == null ? null : recipient.email().strip(),
                    recipient.fullName(), kind, subject, framed.text(), framed.html(), framed.link(),
                    framed.unsubscribe());
        });
    }

    /**
     * Queues a composed mail in the caller's transaction.
     * @return false when the dedup key was queued before (the same cause never goes out twice)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(String dedupKey, ComposedMail mail) {
        return outbox.enqueue(new OutgoingMail(dedupKey, mail.personId(), mail.address(), mail.recipientName(),
                mail.kind(), mail.subject(), mail.text(), mail.html(), mail.link(), mail.unsubscribeUrl()));
    }
}
