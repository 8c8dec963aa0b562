package com.salespact.messaging;

import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What every mail of the app shares around its message: who wants it by mail, the recipient's language, the
 * greeting, the button to the screen, why they get it, the one-click unsubscribe and the settings link, in HTML and
 * plain text (templates/mail/notification.*).
 */
@Component
class MailFrame {

    private final MessagePreferenceRepository preferences;
    private final UnsubscribeTokens tokens;
    private final MailTemplates templates;
    private final MessagingLinks links;
    private final CompanySettings settings;

    MailFrame(MessagePreferenceRepository preferences, UnsubscribeTokens tokens, MailTemplates templates,
              MessagingLinks links, CompanySettings settings) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.templates = templates;
        this.links = links;
        this.settings = settings;
    }

    /** An active person with an address who chose (or by default gets) this kind by e-mail. */
    boolean wantsMail(Recipient recipient, String kind) {
        return recipient.active() && recipient.email() != null && !recipient.email().isBlank()
                && deliveryFor(recipient.personId(), kind) == Delivery.EMAIL;
    }

    Locale localeOf(Recipient recipient) {
        return settings.localeOf(recipient.language());
    }

    /** The message in its frame, in the recipient's language; {@code link} is a route inside the app. */
    Framed frame(Recipient recipient, String kind, String subject, String message, String link) {
        return frame(recipient, kind, subject, message, null, null, link);
    }

    /**
     * A body rendered by its own templates (a digest's tables) in the frame: {@code bodyHtml} goes in unescaped, so it
     * must come from a template that escaped every value itself.
     */
    Framed frame(Recipient recipient, String kind, String subject, String bodyHtml, String bodyText, String link) {
        return frame(recipient, kind, subject, null, bodyHtml, bodyText, link);
    }

    private Framed frame(Recipient recipient, String kind, String subject, String message, String bodyHtml,
                         String bodyText, String link) {
        Locale locale = localeOf(recipient);
        String unsubscribe = links.unsubscribe(tokens.token(recipient.personId(), kind));
        String absolute = links.absolute(link);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("company", settings.companyName());
        model.put("subject", subject);
        model.put("greeting", Messages.text(locale, "mail.greeting", recipient.fullName()));
        model.put("message", message);
        model.put("bodyHtml", bodyHtml);
        model.put("bodyText", bodyText);
        model.put("linkUrl", absolute);
        model.put("linkLabel", Messages.text(locale, "mail.open"));
        model.put("why", Messages.text(locale, "mail.why", Messages.text(locale, MessageKinds.labelKey(kind))));
        model.put("unsubscribeUrl", unsubscribe);
        model.put("unsubscribeLabel", Messages.text(locale, "mail.unsubscribe"));
        model.put("settingsUrl", links.settings());
        model.put("settingsLabel", Messages.text(locale, "mail.settings"));
        return new Framed(templates.render("notification.txt", locale, model),
                templates.render("notification.html", locale, model), absolute, unsubscribe);
    }

    private Delivery deliveryFor(long personId, String kind) {
        return preferences.findByPersonIdAndKind(personId, kind).map(MessagePreference::getDelivery)
                .or(() -> MessageKinds.defaultFor(kind)).orElse(Delivery.IN_APP);
    }

    /** The rendered bodies and the two links a mail carries. */
    record Framed(String text, String html, String link, String unsubscribe) {
    }
}
