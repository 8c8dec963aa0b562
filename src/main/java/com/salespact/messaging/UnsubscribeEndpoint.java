package com.salespact.messaging;

import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of every mail, a plain page outside Vaadin that needs no login. Opening the link (GET) only
 * asks: mail scanners and link previews open every link in a mail, and must not switch anybody's mail off. The
 * button, or the mail client's own RFC 8058 one-click request (POST with {@code List-Unsubscribe=One-Click}), does it.
 */
@Controller
@RequestMapping(MessagingLinks.UNSUBSCRIBE_PATH)
class UnsubscribeEndpoint {

    private final PreferenceService preferences;
    private final MailTemplates templates;
    private final MessagingLinks links;
    private final Locale companyLocale;

    UnsubscribeEndpoint(PreferenceService preferences, MailTemplates templates, MessagingLinks links,
                        CompanySettings settings) {
        this.preferences = preferences;
        this.templates = templates;
        this.links = links;
        this.companyLocale = settings.companyLocale();
    }

    @GetMapping
    ResponseEntity<String> ask(@RequestParam(name = MessagingLinks.TOKEN, required = false) String token) {
        Optional<PreferenceService.Unsubscribed> named = preferences.peek(token);
        if (named.isEmpty()) {
            return invalid();
        }
        Locale locale = named.get().locale();
        Map<String, Object> page = page(locale, "messaging.unsubscribe.title",
                Messages.text(locale, "messaging.unsubscribe.ask", kindName(named.get())));
        page.put("confirm", Messages.text(locale, "messaging.unsubscribe.confirm"));
        page.put("action", MessagingLinks.UNSUBSCRIBE_PATH);
        page.put("token", token);
        return html(HttpStatus.OK, locale, page);
    }

    @PostMapping
    ResponseEntity<String> unsubscribe(@RequestParam(name = MessagingLinks.TOKEN, required = false) String token) {
        Optional<PreferenceService.Unsubscribed> done = preferences.unsubscribe(token);
        if (done.isEmpty()) {
            return invalid();
        }
        Locale locale = done.get().locale();
        Map<String, Object> page = page(locale, "messaging.unsubscribe.done.title",
                Messages.text(locale, "messaging.unsubscribe.done", kindName(done.get())));
        return html(HttpStatus.OK, locale, page);
    }

    private ResponseEntity<String> invalid() {
        return html(HttpStatus.BAD_REQUEST, companyLocale, page(companyLocale, "messaging.unsubscribe.invalid.title",
                Messages.text(companyLocale, "messaging.unsubscribe.invalid")));
    }

    private static String kindName(PreferenceService.Unsubscribed unsubscribed) {
        return Messages.text(unsubscribed.locale(), MessageKinds.labelKey(unsubscribed.kind()));
    }

    private Map<String, Object> page(Locale locale, String titleKey, String text) {
        Map<String, Object> page = new HashMap<>();
        page.put("lang", locale.getLanguage());
        page.put("title", Messages.text(locale, titleKey));
        page.put("text", text);
        page.put("settingsUrl", links.settings());
        page.put("settingsLabel", Messages.text(locale, "mail.settings"));
        return page;
    }

    private ResponseEntity<String> html(HttpStatus status, Locale locale, Map<String, Object> page) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(templates.render("unsubscribe.html", locale, page));
    }
}
