package com.salespact.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one mail to the SMTP server configured by {@code spring.mail.*} (Spring Boot creates the sender only when
 * {@code spring.mail.host} is set) and says how it went. HTML with a plain-text alternative, RFC 8058 one-click
 * unsubscribe headers, and a Message-ID derived from the outbox row, so the rare resend after a crash (decision 020)
 * carries the same id and a receiving server or client can recognise it.
 */
@Component
class MailDelivery {

    /** An SMTP reply 5xx: permanent (RFC 5321 4.2.1). 4xx means "try again later". */
    private static final Pattern FINAL_REPLY = Pattern.compile("^\\s*5\\d\\d[ -].*", Pattern.DOTALL);

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final String fromName;
    private final String idDomain;

    MailDelivery(ObjectProvider<JavaMailSender> senders, @Value("${salespact.mail.from:salespact@localhost}") String from,
                 @Value("${salespact.company-name:SalesPact}") String fromName, MessagingLinks links) {
        this.senders = senders;
        this.from = from;
        this.fromName = fromName;
        this.idDomain = links.host();
    }

    boolean configured() {
        return senders.getIfAvailable() != null;
    }

    DeliveryOutcome send(MailEnvelope mail) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return new DeliveryOutcome.NotConfigured();
        }
        MimeMessage message;
        try {
            message = compose(sender, mail);
        } catch (AddressException bad) {
            return new DeliveryOutcome.Refused(reason(bad));
        } catch (MessagingException | UnsupportedEncodingException broken) {
            return new DeliveryOutcome.Refused(reason(broken));
        }
        try {
            sender.send(message);
            return new DeliveryOutcome.Sent();
        } catch (MailException failed) {
            return classify(failed);
        }
    }

    private MimeMessage compose(JavaMailSender sender, MailEnvelope mail)
            throws MessagingException, UnsupportedEncodingException {
        String messageId = "<outbox-" + mail.id() + "." + Integer.toHexString(mail.dedupKey().hashCode()) + "@"
                + idDomain + ">";
        MimeMessage message = sender instanceof JavaMailSenderImpl impl
                ? new FixedIdMessage(impl.getSession(), messageId) : sender.createMimeMessage();
        boolean html = mail.html() != null;
        boolean calendar = mail.calendar() != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, html || calendar
                ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO,
                StandardCharsets.UTF_8.name());
        InternetAddress to = new InternetAddress(mail.address(), true);
        if (mail.recipientName() != null) {
            to.setPersonal(mail.recipientName(), StandardCharsets.UTF_8.name());
        }
        helper.setTo(to);
        helper.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        helper.setSubject(mail.subject());
        if (html) {
            helper.setText(mail.text(), mail.html());
        } else {
            helper.setText(mail.text());
        }
        if (calendar) {
            addCalendar(helper, mail);
        }
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /**
     * An invitation (RFC 6047, iMIP): the calendar as a {@code text/calendar; method=…} alternative beside the text
     * and HTML, which mail clients show with accept/decline, plus the same calendar as an .ics attachment for those
     * that only offer attachments.
     */
    private static void addCalendar(MimeMessageHelper helper, MailEnvelope mail) throws MessagingException {
        String type = "text/calendar; method=" + mail.calendarMethod() + "; charset=UTF-8";
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(mail.calendar(), type);
        part.setHeader("Content-Type", type);
        part.setHeader("Content-Transfer-Encoding", "8bit");
        MimeMultipart main = helper.getMimeMultipart();
        MimeMultipart alternatives = null;
        for (int i = 0; i < main.getCount(); i++) {
            try {
                if (main.getBodyPart(i).getContent() instanceof MimeMultipart multipart
                        && multipart.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/alternative")) {
                    alternatives = multipart;
                }
            } catch (java.io.IOException unreadable) {
                throw new MessagingException(unreadable.getMessage(), unreadable);
            }
        }
        (alternatives == null ? main : alternatives).addBodyPart(part);
        helper.addAttachment("invite.ics", new ByteArrayResource(mail.calendar().getBytes(StandardCharsets.UTF_8)),
                "application/ics");
    }

    /**
     * A reply code 5xx anywhere in the causes (recipient unknown, mailbox refused) or a malformed address is final;
     * everything else (connection refused, timeout, 4xx "try later", authentication) is worth another try.
     */
    static DeliveryOutcome classify(Throwable failure) {
        java.util.Deque<Throwable> open = new java.util.ArrayDeque<>(java.util.List.of(failure));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!open.isEmpty()) {
            Throwable cause = open.pop();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause instanceof AddressException || cause instanceof MessagingException messaging
                    && messaging.getMessage() != null && FINAL_REPLY.matcher(messaging.getMessage()).matches()) {
                return new DeliveryOutcome.Refused(reason(cause));
            }
            if (cause.getCause() != null) {
                open.push(cause.getCause());
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
                open.push(messaging.getNextException());
            }
            if (cause instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(open::push);
            }
        }
        return new DeliveryOutcome.Retry(reason(failure));
    }

    /** The server's own words, innermost first (that is where the reply is), without stack traces. */
    static String reason(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && text.length() < OutboxMessage.MAX_ERROR;
             cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
            if (!text.toString().contains(message)) {
                text.insert(0, text.isEmpty() ? message : message + " ← ");
            }
        }
        return OutboxMessage.clip(text.toString(), OutboxMessage.MAX_ERROR);
    }

    /** Keeps the Message-ID we give it: JavaMail would otherwise make a new random one on every send. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
