package com.salespact.messaging;

import com.salespact.base.Messages;
import com.salespact.people.NotificationWritten;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The CHAT choice of a person's notification settings: offered once the person has their own webhook, per kind
 * except calendar invitations (a calendar file belongs in a calendar). A notification of a kind set to chat is posted
 * to the person's webhook instead of mailed: it is their own data, in their own language.
 */
@Component
class PersonalChats {

    /** Kinds that make no sense as a chat post: a calendar file, and the digest (a whole page, built for mail). */
    static final Set<String> NOT_IN_CHAT = Set.of("REVIEW_INVITATION", "WEEKLY_DIGEST");

    private final PersonalChatRepository webhooks;
    private final MessagePreferenceRepository preferences;
    private final MailFrame frame;
    private final MessagingLinks links;

    PersonalChats(PersonalChatRepository webhooks, MessagePreferenceRepository preferences, MailFrame frame,
                  MessagingLinks links) {
        this.webhooks = webhooks;
        this.preferences = preferences;
        this.frame = frame;
        this.links = links;
    }

    static boolean offeredFor(String kind) {
        return !NOT_IN_CHAT.contains(kind);
    }

    /** The person's webhook, when they are active and chose chat for this kind. */
    Optional<PersonalChat> wanted(Recipient recipient, String kind) {
        if (!recipient.active() || !offeredFor(kind)) {
            return Optional.empty();
        }
        boolean chat = preferences.findByPersonIdAndKind(recipient.personId(), kind)
                .map(preference -> preference.getDelivery() == Delivery.CHAT).orElse(false);
        return chat ? webhooks.findByPersonId(recipient.personId()) : Optional.empty();
    }

    OutgoingChat post(NotificationWritten notification, Recipient recipient, PersonalChat webhook) {
        Locale locale = frame.localeOf(recipient);
        ChatMessage message = new ChatMessage(Messages.text(locale, MessageKinds.subjectKey(notification.kind())),
                List.of(notification.message()), links.absolute(notification.link()),
                Messages.text(locale, "mail.open"));
        return new OutgoingChat("notification:" + notification.notificationId(), recipient.personId(),
                OutgoingChat.personAddress(recipient.personId()),
                recipient.fullName() + " · " + WebhookUrls.mask(webhook.getWebhookUrl()), notification.kind(),
                message, ChatPayloads.render(webhook.getType(), message));
    }
}
