package com.salespact.messaging;

import com.salespact.base.Messages;
import com.salespact.people.NotificationWritten;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who gets which mail: every notification of a kind messaging knows becomes an e-mail to its recipient when they
 * have an address, are active, and want that kind by e-mail, or a post to their own chat webhook when they chose chat. Queued in the notification's own transaction, so the
 * mail exists exactly when the notification (and the change behind it) committed; keyed by the notification, so it
 * is queued once. Subject and frame in the recipient's language; the body is the notification's text.
 */
@Component
class NotificationMails {

    private final Outbox outbox;
    private final Recipients recipients;
    private final MailFrame frame;
    private final PersonalChats chats;

    NotificationMails(Outbox outbox, Recipients recipients, MailFrame frame, PersonalChats chats) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.frame = frame;
        this.chats = chats;
    }

    @EventListener
    void on(NotificationWritten notification) {
        if (!MessageKinds.known(notification.kind())) {
            return;
        }
        recipients.find(notification.personId()).ifPresent(recipient -> {
            if (frame.wantsMail(recipient, notification.kind())) {
                outbox.enqueue(mail(notification, recipient));
            } else {
                // Chat instead of mail, for a person who chose it and has their own webhook (decision 021).
                chats.wanted(recipient, notification.kind())
                        .ifPresent(webhook -> outbox.enqueue(chats.post(notification, recipient, webhook)));
            }
        });
    }

    private OutgoingMail mail(NotificationWritten notification, Recipient recipient) {
        Locale locale = frame.localeOf(recipient);
        String kind = notification.kind();
        String subject = Messages.text(locale, MessageKinds.subjectKey(kind));
        MailFrame.Framed framed = frame.frame(recipient, kind, subject, notification.message(), notification.link());
        return new OutgoingMail("notification:" + notification.notificationId(), recipient.personId(),
                recipient.email().strip(), recipient.fullName(), kind, subject, framed.text(), framed.html(),
                framed.link(), framed.unsubscribe());
    }
}
