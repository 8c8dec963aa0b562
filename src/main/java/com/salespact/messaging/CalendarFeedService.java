package com.salespact.messaging;

import com.salespact.base.CalendarFeedSource;
import com.salespact.base.CalendarEntry;
import com.salespact.base.CompanySettings;
import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import com.salespact.security.SecretTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feeds: everybody makes, replaces and revokes their own address (shown once: only the token's
 * SHA-256 is kept, as for wall screens); an admin sees and revokes anyone's. The feed itself is opened by its token
 * without a login: unknown, revoked or a deactivated person's token opens nothing. Its events come from the features'
 * {@link CalendarFeedSource}s, from {@code salespact.calendar-feed.days-back} (90) days ago to
 * {@code salespact.calendar-feed.days-ahead} (365) days ahead.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CalendarFeedService {

    private final CalendarFeedRepository feeds;
    private final CalendarFeedRows rows;
    private final List<CalendarFeedSource> sources;
    private final Recipients recipients;
    private final AccessGuard guard;
    private final CompanySettings settings;
    private final MessagingLinks links;
    private final Clock clock;
    private final int daysBack;
    private final int daysAhead;

    CalendarFeedService(CalendarFeedRepository feeds, CalendarFeedRows rows, List<CalendarFeedSource> sources,
                        Recipients recipients, AccessGuard guard, CompanySettings settings, MessagingLinks links,
                        Clock clock, @Value("${salespact.calendar-feed.days-back:90}") int daysBack,
                        @Value("${salespact.calendar-feed.days-ahead:365}") int daysAhead) {
        this.feeds = feeds;
        this.rows = rows;
        this.sources = List.copyOf(sources);
        this.recipients = recipients;
        this.guard = guard;
        this.settings = settings;
        this.links = links;
        this.clock = clock;
        this.daysBack = daysBack;
        this.daysAhead = daysAhead;
    }

    /** The signed-in person's active feed (when made, when last fetched), if they have one. */
    @Transactional(readOnly = true)
    public Optional<CalendarFeedInfo> mine() {
        long me = guard.user().personId();
        return feeds.findByPersonIdAndRevokedAtIsNull(me).stream().max(Comparator.comparing(CalendarFeed::getCreatedAt))
                .map(feed -> info(feed, guard.user().fullName()));
    }

    /**
     * Makes the signed-in person a new feed address and revokes the one they had (a "replace" is the same step).
     * @return the address to subscribe to; it cannot be shown again
     */
    public String create() {
        long me = guard.user().personId();
        revokeAll(me, me);
        String raw = SecretTokens.newToken();
        feeds.save(new CalendarFeed(me, SecretTokens.hash(raw), me, clock.instant()));
        return links.calendarFeed(raw);
    }

    /** Stops the signed-in person's feed at once. */
    public void revokeMine() {
        long me = guard.user().personId();
        revokeAll(me, me);
    }

    /** Whether the signed-in person sees (and may revoke) everybody's feeds: admins. */
    @Transactional(readOnly = true)
    public boolean seesAll() {
        return guard.user().isAdmin();
    }

    /** Admin: every active feed, by person. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<CalendarFeedInfo> all() {
        return rows.active();
    }

    /** Admin: stops anybody's feed at once. */
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(long feedId) {
        CalendarFeed feed = feeds.findById(feedId).orElseThrow(() -> RuleViolation.of("calendar-feed.rule.gone"));
        feed.revoke(guard.user().personId(), clock.instant());
    }

    /**
     * A calendar app asks for the feed: its token is the only permission. Looked up by the token's hash alone, then
     * the person must still be active. Records the fetch.
     * @return the person's events in the window, in their language; empty for a token that opens nothing
     */
    @PreAuthorize("permitAll()")
    public Optional<Opened> open(String rawToken) {
        if (!SecretTokens.plausible(rawToken)) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(SecretTokens.hash(rawToken)).filter(feed -> !feed.isRevoked())
                .flatMap(feed -> recipients.find(feed.getPersonId()).filter(Recipient::active).map(person -> {
                    feed.fetched(clock.instant());
                    return opened(person);
                }));
    }

    /** A feed's content before it is written: whose, in which language, which events, and their fingerprint. */
    public record Opened(long personId, String personName, Locale locale, List<CalendarEntry> entries, String etag) {
    }

    private Opened opened(Recipient person) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(daysBack);
        LocalDate until = today.plusDays(daysAhead);
        List<CalendarEntry> entries = new ArrayList<>();
        for (CalendarFeedSource source : sources) {
            source.entries(person.personId(), from, until).stream()
                    .filter(entry -> !entry.day().isBefore(from) && !entry.day().isAfter(until))
                    .forEach(entries::add);
        }
        entries.sort(Comparator.comparing(CalendarEntry::day).thenComparing(CalendarEntry::eventKey));
        Locale locale = settings.localeOf(person.language());
        return new Opened(person.personId(), person.fullName(), locale, List.copyOf(entries),
                etag(person.fullName() + "|" + locale + "|" + clock.getZone() + "|" + entries));
    }

    private void revokeAll(long personId, long by) {
        feeds.findByPersonIdAndRevokedAtIsNull(personId).forEach(feed -> feed.revoke(by, clock.instant()));
    }

    private static CalendarFeedInfo info(CalendarFeed feed, String name) {
        return new CalendarFeedInfo(feed.getId(), feed.getPersonId(), name, feed.getCreatedAt(),
                feed.getLastFetchedAt());
    }

    /** A strong validator of what the feed says (not when it was written: DTSTAMP changes on every write). */
    private static String etag(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
