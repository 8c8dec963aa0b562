package com.salespact.messaging;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Posts one chat payload to its incoming webhook (JDK HttpClient, short connect and request timeouts, called by the
 * worker outside any transaction) and says how it went: 2xx sent; 429 again later, when the server says (Retry-After);
 * 5xx, a timeout or a refused connection again later; any other answer (400, 403, 404, 410: a revoked or mistyped
 * webhook) fails at once with the status and the start of the body. The URL never appears in a reason.
 */
@Component
class ChatDelivery {

    static final int BODY_IN_REASON = 200;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Clock clock;

    ChatDelivery(@Value("${salespact.chat.connect-timeout:3s}") Duration connectTimeout,
                 @Value("${salespact.chat.request-timeout:5s}") Duration requestTimeout, Clock clock) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    DeliveryOutcome send(String url, String payload) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
        } catch (IllegalArgumentException malformed) {
            return new DeliveryOutcome.Refused("messaging.chat.error.bad-url");
        }
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            return new DeliveryOutcome.Retry(WebhookUrls.scrub("timeout: " + slow.getMessage(), url));
        } catch (ConnectException refused) {
            return new DeliveryOutcome.Retry(WebhookUrls.scrub("connection failed: "
                    + (refused.getMessage() == null ? refused.getClass().getSimpleName() : refused.getMessage()), url));
        } catch (IOException broken) {
            return new DeliveryOutcome.Retry(WebhookUrls.scrub(MailDelivery.reason(broken), url));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.Retry("interrupted");
        }
        return outcome(response.statusCode(), response.body(), response.headers().firstValue("Retry-After")
                .orElse(null), url);
    }

    DeliveryOutcome outcome(int status, String body, String retryAfter, String url) {
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Sent();
        }
        String reason = WebhookUrls.scrub("HTTP " + status + (body == null || body.isBlank() ? ""
                : ": " + first(body.strip(), BODY_IN_REASON)), url);
        if (status == 429) {
            return new DeliveryOutcome.Retry(reason, retryAfter(retryAfter));
        }
        if (status >= 500) {
            return new DeliveryOutcome.Retry(reason);
        }
        return new DeliveryOutcome.Refused(reason);
    }

    private static String first(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110 10.2.3); null when absent or unreadable. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant when = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), when);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
