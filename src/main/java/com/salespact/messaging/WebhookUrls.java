package com.salespact.messaging;

import com.salespact.base.RuleViolation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one rule for webhook addresses: an absolute https URL with a host (plain http only when
 * {@code salespact.chat.allow-http=true}, for a receiver on the same machine, as the tests use), and how one is shown:
 * masked, since whoever has the URL can post into the channel.
 */
@Component
public class WebhookUrls {

    static final int MAX_LENGTH = 1000;

    private final boolean allowHttp;

    WebhookUrls(@Value("${salespact.chat.allow-http:false}") boolean allowHttp) {
        this.allowHttp = allowHttp;
    }

    /**
     * @return the URL, trimmed
     * @throws RuleViolation at {@code field} when it is empty, not absolute, not https, or too long
     */
    String checked(String field, String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw RuleViolation.at(field, "messaging.chat.rule.url-required");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw RuleViolation.at(field, "messaging.chat.rule.url-too-long");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException malformed) {
            throw RuleViolation.at(field, "messaging.chat.rule.url-https");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeOk = scheme.equals("https") || allowHttp && scheme.equals("http");
        if (!uri.isAbsolute() || !schemeOk || uri.getHost() == null || uri.getHost().isBlank()
                || uri.getRawUserInfo() != null) {
            throw RuleViolation.at(field, allowHttp ? "messaging.chat.rule.url-http" : "messaging.chat.rule.url-https");
        }
        return trimmed;
    }

    /**
     * "https://hooks.slack.com/…/XXXX": scheme and host (which service), the last four characters (which hook), never
     * the path between, which is the secret.
     */
    public static String mask(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String host;
        String scheme;
        try {
            URI uri = new URI(url.strip());
            host = uri.getHost();
            scheme = uri.getScheme();
        } catch (URISyntaxException malformed) {
            host = null;
            scheme = null;
        }
        String stripped = url.strip();
        String tail = stripped.length() > 8 ? stripped.substring(stripped.length() - 4) : "";
        return (scheme == null || host == null ? "" : scheme + "://" + host) + "/…/" + tail;
    }

    /** A text (a server's reply, an exception's message) with the URL masked wherever it appears in it. */
    static String scrub(String text, String url) {
        if (text == null || url == null || url.isBlank()) {
            return text;
        }
        return text.replace(url, mask(url));
    }
}
