package com.salespact.messaging;

import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import com.salespact.people.NotificationWritten;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who gets which mail: every notification of a kind messaging knows becomes an e-mail to its recipient when they
 * have an address, are active, and want that kind by e-mail. Queued in the notification's own transaction, so the
 * mail exists exactly when the notification (and the change behind it) committed; keyed by the notification, so it
 * is queued once. Subject and frame in the recipient's language; the body is the notification's text.
 */
@Component
class NotificationMails {

    private final Outbox outbox;
    private final Recipients recipients;
    private final MessagePreferenceRepository preferences;
    private final UnsubscribeTokens tokens;
    private final MailTemplates templates;
    private final MessagingLinks links;
    private final CompanySettings settings;

    NotificationMails(Outbox outbox, Recipients recipients, MessagePreferenceRepository preferences,
                      UnsubscribeTokens tokens, MailTemplates templates, MessagingLinks links,
                      CompanySettings settings) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.preferences = preferences;
        this.tokens = tokens;
        this.templates = templates;
        this.links = links;
        this.settings = settings;
    }

    @EventListener
    void on(NotificationWritten notification) {
        if (!MessageKinds.known(notification.kind())) {
            return;
        }
        recipients.find(notification.personId())
                .filter(recipient -> recipient.active() && recipient.email() != null && !recipient.email().isBlank())
                .filter(recipient -> deliveryFor(recipient.personId(), notification.kind()) == Delivery.EMAIL)
                .ifPresent(recipient -> outbox.enqueue(mail(notification, recipient)));
    }

    private Delivery deliveryFor(long personId, String kind) {
        return preferences.findByPersonIdAndKind(personId, kind).map(MessagePreference::getDelivery)
                .or(() -> MessageKinds.defaultFor(kind)).orElse(Delivery.IN_APP);
    }

    private OutgoingMail mail(NotificationWritten notification, Recipient recipient) {
        Locale locale = settings.localeOf(recipient.language());
        String kind = notification.kind();
        String subject = Messages.text(locale, MessageKinds.subjectKey(kind));
        String unsubscribe = links.unsubscribe(tokens.token(recipient.personId(), kind));
        String link = links.absolute(notification.link());
        Map<String, Object> model = new HashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("company", settings.companyName());
        model.put("subject", subject);
        model.put("greeting", Messages.text(locale, "mail.greeting", recipient.fullName()));
        model.put("message", notification.message());
        model.put("linkUrl", link);
        model.put("linkLabel", Messages.text(locale, "mail.open"));
        model.put("why", Messages.text(locale, "mail.why", Messages.text(locale, MessageKinds.labelKey(kind))));
        model.put("unsubscribeUrl", unsubscribe);
        model.put("unsubscribeLabel", Messages.text(locale, "mail.unsubscribe"));
        model.put("settingsUrl", links.settings());
        model.put("settingsLabel", Messages.text(locale, "mail.settings"));
        return new OutgoingMail("notification:" + notification.notificationId(), recipient.personId(),
                recipient.email().strip(), recipient.fullName(), kind, subject,
                templates.render("notification.txt", locale, model), templates.render("notification.html", locale, model),
                link, unsubscribe);
    }
}
