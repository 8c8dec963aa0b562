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
 * Per person and kind: e-mail or in the app only. Everybody reads and changes their own; an admin may read anyone's
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

    PreferenceService(MessagePreferenceRepository preferences, UnsubscribeTokens tokens, Recipients recipients,
                      AccessGuard guard, CompanySettings settings) {
        this.preferences = preferences;
        this.tokens = tokens;
        this.recipients = recipients;
        this.guard = guard;
        this.settings = settings;
    }

    /** The signed-in person's choice for every kind, in the settings page's order. */
    @Transactional(readOnly = true)
    public List<PreferenceLine> mine() {
        return lines(guard.user().personId());
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
        return lines(personId);
    }

    /** Saves the signed-in person's choices; kinds not named keep theirs, unknown kinds are refused. */
    public List<PreferenceLine> save(Map<String, Delivery> choices) {
        long me = guard.user().personId();
        choices.forEach((kind, delivery) -> choose(me, kind, delivery));
        return lines(me);
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
        if (!MessageKinds.known(kind) || delivery == null || !Delivery.OFFERED.contains(delivery)) {
            throw new IllegalArgumentException("No such choice: " + kind + " " + delivery);
        }
        preferences.findByPersonIdAndKind(personId, kind).ifPresentOrElse(
                preference -> preference.setDelivery(delivery),
                () -> preferences.save(new MessagePreference(personId, kind, delivery)));
    }

    private List<PreferenceLine> lines(long personId) {
        Map<String, Delivery> chosen = new java.util.HashMap<>();
        preferences.findByPersonId(personId).forEach(p -> chosen.put(p.getKind(), p.getDelivery()));
        List<PreferenceLine> lines = new ArrayList<>();
        for (String kind : MessageKinds.all()) {
            Delivery delivery = chosen.get(kind);
            lines.add(delivery != null ? new PreferenceLine(kind, delivery, true)
                    : new PreferenceLine(kind, MessageKinds.defaultFor(kind).orElseThrow(), false));
        }
        return lines;
    }
}
