package com.salespact.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code GET /calendar/<token>.ics}: a person's calendar feed for Google Calendar, Outlook or Apple Calendar to
 * subscribe to. No login, no session: the token is the permission. Anything that opens nothing (unknown, revoked,
 * a deactivated person) is a bare 404, saying nothing about why. Calendar apps poll: the answer may be kept for 15
 * minutes by the app only (private), and an unchanged feed answers 304 to its ETag.
 */
@Controller
@RequestMapping(MessagingLinks.CALENDAR_FEED_PATH)
class CalendarFeedEndpoint {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate();

    private final CalendarFeedService feeds;
    private final CalendarFeedWriter writer;

    CalendarFeedEndpoint(CalendarFeedService feeds, CalendarFeedWriter writer) {
        this.feeds = feeds;
        this.writer = writer;
    }

    @GetMapping(MessagingLinks.CALENDAR_FEED_FILE)
    ResponseEntity<String> feed(@PathVariable("token") String token,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Optional<CalendarFeedService.Opened> opened = feeds.open(token);
        if (opened.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        String etag = opened.get().etag();
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).build();
        }
        return ResponseEntity.ok().contentType(CALENDAR).eTag(etag).cacheControl(CACHE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"salespact.ics\"")
                .body(writer.write(opened.get()));
    }
}
