package com.salespact.messaging;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where messaging's pages live and how a mail names them: absolute addresses from {@code salespact.base-url} (a mail
 * is read outside the app, so "pacts/12" alone would lead nowhere). Shared by the services and
 * {@code ui.MessagingNavigation}.
 */
@Component
public class MessagingLinks {

    /** The admin's outbox page. */
    public static final String OUTBOX_ROUTE = "admin/outbox";
    /** Everybody's choice of e-mail or in-app per kind of message. */
    public static final String SETTINGS_ROUTE = "settings/notifications";
    /** A team's chat connections (the route is the teams' own: the teams list links to it). */
    public static final String TEAM_CHAT_ROUTE = com.salespact.people.TeamLinks.CHAT_ROUTE;
    /** The one-click unsubscribe, outside Vaadin and without login (a plain page, also the RFC 8058 POST). */
    public static final String UNSUBSCRIBE_PATH = "/mail/unsubscribe";
    public static final String TOKEN = "t";
    /** A person's calendar feed, {@code /calendar/<token>.ics}: outside Vaadin, without login (the token opens it). */
    public static final String CALENDAR_FEED_PATH = "/calendar";
    public static final String CALENDAR_FEED_SUFFIX = ".ics";
    /** The feed's request mapping below {@link #CALENDAR_FEED_PATH}. */
    public static final String CALENDAR_FEED_FILE = "/{token}" + CALENDAR_FEED_SUFFIX;

    private final String baseUrl;

    MessagingLinks(@Value("${salespact.base-url:http://localhost:8080}") String baseUrl) {
        String trimmed = baseUrl.strip();
        this.baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** A route location as stored with a notification ("pacts/12/review") as an address to open from a mail. */
    public String absolute(String location) {
        if (location == null || location.isBlank()) {
            return baseUrl + "/";
        }
        return baseUrl + "/" + (location.startsWith("/") ? location.substring(1) : location);
    }

    public String settings() {
        return absolute(SETTINGS_ROUTE);
    }

    public String unsubscribe(String token) {
        return baseUrl + UNSUBSCRIBE_PATH + "?" + TOKEN + "=" + token;
    }

    /** The address a calendar app subscribes to. */
    public String calendarFeed(String token) {
        return baseUrl + CALENDAR_FEED_PATH + "/" + token + CALENDAR_FEED_SUFFIX;
    }

    /**
     * A calendar event's UID (RFC 5545), {@code <eventKey>@<host>}: the same for an invitation by mail and for the
     * event in the feed, so calendar clients hold one event.
     */
    String calendarUid(String eventKey) {
        return eventKey + "@" + host();
    }

    /** The host part of the base URL, for Message-IDs. */
    String host() {
        String host = URI.create(baseUrl).getHost();
        return host == null ? "localhost" : host;
    }
}
