package com.salespact.messaging;

import com.salespact.base.CompanySettings;
import com.salespact.people.AccessGuard;
import com.salespact.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per person and kind: e-mail, chat (with the person's own webhook) or in the app only. Everybody reads and changes their own; an admin may read anyone's
 * (to answer "why did I get no mail?"); nobody else reads another person's. The one-click unsubscribe needs no login:
 * its signed token is the permission, for one person and one kind.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PreferenceService {

    private final MessagePreferenceRepository preferences;
    private final UnsubscribeTokens tokens;
    private final Recipients recipients;
    private final AccessGuard guard;
    private final CompanySettings settings;
    private final PersonalChatRepository webhooks;
    private final WebhookUrls urls;

    PreferenceService(MessagePreferenceRepository preferences, UnsubscribeTokens tokens, Recipients recipients,
                      AccessGuard guard, CompanySettings settings, PersonalChatRepository webhooks,
                      WebhookUrls urls) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.recipients = recipients;
        this.guard = guard;
        this.settings = settings;
        this.webhooks = webhooks;
        this.urls = urls;
    }

    /** The signed-in person's own chat webhook (masked), if they set one. */
    @Transactional(readOnly = true)
    public java.util.Optional<PersonalChatLine> myChat() {
        return webhooks.findByPersonId(guard.user().personId())
                .map(chat -> new PersonalChatLine(chat.getType(), WebhookUrls.mask(chat.getWebhookUrl())));
    }

    /**
     * Sets (or replaces) the signed-in person's own webhook; from now on "chat" is offered per kind.
     * @throws RuleViolation at "webhookUrl" or "type" when it is missing or not an https address
     */
    public PersonalChatLine saveMyChat(ChatType type, String webhookUrl) {
        if (type == null) {
            throw com.salespact.base.RuleViolation.at("type", "messaging.chat.rule.type-required");
        }
        String url = urls.checked("webhookUrl", webhookUrl);
        long me = guard.user().personId();
        webhooks.findByPersonId(me).ifPresentOrElse(chat -> chat.change(type, url),
                () -> webhooks.save(new PersonalChat(me, type, url)));
        return new PersonalChatLine(type, WebhookUrls.mask(url));
    }

    /** Removes the signed-in person's webhook; kinds they had set to chat go back to their defaults. */
    public List<PreferenceLine> removeMyChat() {
        long me = guard.user().personId();
        webhooks.findByPersonId(me).ifPresent(webhooks::delete);
        preferences.findByPersonId(me).stream().filter(p -> p.getDelivery() == Delivery.CHAT)
                .forEach(preferences::delete);
        return mine();
    }

    /** The signed-in person's choice for every kind, in the settings page's order. */
    @Transactional(readOnly = true)
    public List<PreferenceLine> mine() {
        SignedInUser me = guard.user();
        return lines(me.personId(), MessageKinds.offeredTo(me.isAdmin()));
    }

    /** Whether the signed-in person has an e-mail address (without one, nothing is mailed to them). */
    @Transactional(readOnly = true)
    public boolean haveEmail() {
        return recipients.find(guard.user().personId()).map(Recipient::email)
                .filter(email -> !email.isBlank()).isPresent();
    }

    /** @throws AccessDeniedException unless it is the caller's own or the caller is an admin */
    @Transactional(readOnly = true)
    public List<PreferenceLine> of(long personId) {
        SignedInUser user = guard.user();
        if (user.personId() != personId && !user.isAdmin()) {
            throw new AccessDeniedException("Not your preferences");
        }
        // Every kind, whatever the person's role: the admin looks for why a mail did or did not go.
        return lines(personId, MessageKinds.all());
    }

    /** Saves the signed-in person's choices; kinds not named keep theirs, unknown kinds are refused. */
    public List<PreferenceLine> save(Map<String, Delivery> choices) {
        long me = guard.user().personId();
        choices.forEach((kind, delivery) -> choose(me, kind, delivery));
        return mine();
    }

    /**
     * The one-click unsubscribe: sets the token's kind to in-app only for the token's person.
     * @return what was unsubscribed, in the person's language; empty for a token that is not ours (forged, altered)
     */
    @PreAuthorize("permitAll()")
    public Optional<Unsubscribed> unsubscribe(String token) {
        return tokens.read(token).filter(subscription -> MessageKinds.known(subscription.kind()))
                .flatMap(subscription -> recipients.find(subscription.personId()).map(recipient -> {
                    choose(recipient.personId(), subscription.kind(), Delivery.IN_APP);
                    return new Unsubscribed(subscription.kind(), localeOf(recipient));
                }));
    }

    /** Who a token names, without changing anything (the confirmation page before the click). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Unsubscribed> peek(String token) {
        return tokens.read(token).filter(subscription -> MessageKinds.known(subscription.kind()))
                .flatMap(subscription -> recipients.find(subscription.personId())
                        .map(recipient -> new Unsubscribed(subscription.kind(), localeOf(recipient))));
    }

    /** The outcome of an unsubscribe: the kind and the language to confirm it in. */
    public record Unsubscribed(String kind, Locale locale) {
    }

    private Locale localeOf(Recipient recipient) {
        return settings.localeOf(recipient.language());
    }

    private void choose(long personId, String kind, Delivery delivery) {
        if (!MessageKinds.known(kind) || delivery == null || !choices(kind, hasChat(personId)).contains(delivery)) {
            throw new IllegalArgumentException("No such choice: " + kind + " " + delivery);
        }
        preferences.findByPersonIdAndKind(personId, kind).ifPresentOrElse(
                preference -> preference.setDelivery(delivery),
                () -> preferences.save(new MessagePreference(personId, kind, delivery)));
    }

    private boolean hasChat(long personId) {
        return webhooks.findByPersonId(personId).isPresent();
    }

    /** E-mail and in-app for every kind; chat too once the person has a webhook (not for calendar invitations). */
    private static List<Delivery> choices(String kind, boolean hasChat) {
        return hasChat && PersonalChats.offeredFor(kind) ? List.of(Delivery.EMAIL, Delivery.CHAT, Delivery.IN_APP)
                : Delivery.OFFERED;
    }

    private List<PreferenceLine> lines(long personId, List<String> kinds) {
        boolean hasChat = hasChat(personId);
        Map<String, Delivery> chosen = new java.util.HashMap<>();
        preferences.findByPersonId(personId).forEach(p -> chosen.put(p.getKind(), p.getDelivery()));
        List<PreferenceLine> lines = new ArrayList<>();
        for (String kind : kinds) {
            Delivery delivery = chosen.get(kind);
            lines.add(delivery != null ? new PreferenceLine(kind, delivery, true, choices(kind, hasChat))
                    : new PreferenceLine(kind, MessageKinds.defaultFor(kind).orElseThrow(), false,
                            choices(kind, hasChat)));
        }
        return lines;
    }
}
