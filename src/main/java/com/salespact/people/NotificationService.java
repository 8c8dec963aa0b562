package com.salespact.people;

import com.salespact.base.CompanySettings;
import com.salespact.base.RuleViolation;
import com.salespact.security.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications (the bell). Features call {@link #notify} when something changed for a person (a manager
 * changed a rep's target); everybody reads and marks only their own, whatever their role.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** The most the bell lists. */
    public static final int LIST_LIMIT = 50;

    private final AppNotificationRepository notifications;
    private final PersonRepository people;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CompanySettings settings;

    NotificationService(AppNotificationRepository notifications, PersonRepository people, AccessGuard guard,
                        ApplicationEventPublisher events, Clock clock, CompanySettings settings) {
        this.notifications = notifications;
        this.people = people;
        this.guard = guard;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Leaves a message for a person, in the caller's transaction (so it exists only if the change it tells of
     * commits). Any signed-in feature may notify anybody: the message is for the recipient's eyes only.
     * @param kind a short code, e.g. TARGET_CHANGED
     * @param message renders the text; called in the recipient's language (their chosen one, else the company's), so
     *                {@code Messages.text} and {@code CompanySettings.userFormats()} inside it speak to the recipient,
     *                not to whoever caused the notification
     * @param link a route location to open on click, e.g. "targets?year=2026"; may be null
     */
    public long notify(long personId, String kind, Supplier<String> message, String link) {
        Person recipient = people.findById(personId)
                .orElseThrow(() -> RuleViolation.at("personId", "notifications.rule.unknown-person", String.valueOf(personId)));
        String text = message == null ? null : inLanguageOf(recipient, message);
        if (kind == null || kind.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("A notification needs a kind and a message");
        }
        AppNotification saved = notifications.save(new AppNotification(personId, clip(kind.strip(),
                AppNotification.MAX_KIND), clip(text.strip(), AppNotification.MAX_MESSAGE),
                link == null || link.isBlank() || link.length() > AppNotification.MAX_LINK ? null : link.strip(),
                clock.instant()));
        // Within this transaction: other channels (messaging: e-mail) write their message with the notification.
        NotificationLine line = saved.line();
        events.publishEvent(new NotificationWritten(line.id(), personId, line.kind(), line.message(), line.link()));
        events.publishEvent(new NotificationCreated(recipient.getTeamId(), personId));
        return saved.getId();
    }

    /** Renders {@code message} as if the recipient's own request were being served, then puts the caller's back. */
    private String inLanguageOf(Person recipient, Supplier<String> message) {
        Locale locale = settings.localeOf(recipient.getLanguage());
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return message.get();
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** The signed-in person's unread notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationLine> unread() {
        return notifications.unread(me(), PageRequest.of(0, LIST_LIMIT)).stream().map(AppNotification::line).toList();
    }

    /** The signed-in person's latest notifications, read or not, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationLine> recent() {
        return notifications.recent(me(), PageRequest.of(0, LIST_LIMIT)).stream().map(AppNotification::line).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByPersonIdAndReadAtIsNull(me());
    }

    /** @throws AccessDeniedException for somebody else's notification */
    public void markRead(long notificationId) {
        AppNotification notification = notifications.findById(notificationId)
                .orElseThrow(() -> RuleViolation.of("notifications.rule.gone"));
        if (notification.getPersonId() != me()) {
            throw new AccessDeniedException("Not your notification");
        }
        notification.markRead(clock.instant());
    }

    public int markAllRead() {
        return notifications.markAllRead(me(), clock.instant());
    }

    private long me() {
        SignedInUser user = guard.user();
        return user.personId();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
