package com.salespact.base.ui;

import com.salespact.base.Languages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The language and formats of each page: the person's chosen language ({@link LanguageChoice}) or, with none chosen,
 * the browser's (Accept-Language). Each new page takes it as its locale (translations through getTranslation and
 * {@link UserFormats}); each request of the page serves it to the services too (Spring's {@link LocaleContextHolder},
 * read by {@code base.Messages}), so a refusal written in a service speaks the page's language. The choice is read
 * from the person once per session and kept in the HTTP session (no node-local state beyond the session itself).
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    static final String SESSION_KEY = UserLanguage.class.getName() + ".chosen";

    private final LanguageChoice choice;

    UserLanguage(LanguageChoice choice) {
        this.choice = choice;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Locale locale = pageLocale(request, chosen(request));
            if (locale != null) {
                init.getUI().setLocale(locale);
            }
        });
        event.addVaadinRequestInterceptor(new ServeInChosenLanguage());
    }

    /** Keeps a new choice for the rest of the session (the page reloads to take it). */
    static void remember(VaadinSession session, String tag) {
        session.getSession().setAttribute(SESSION_KEY, tag == null ? "" : tag);
    }

    /** The chosen language's tag, read from the person the first time the session asks; empty when none. */
    private String chosen(VaadinRequest request) {
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        if (session == null) {
            return "";
        }
        Object kept = session.getAttribute(SESSION_KEY);
        if (kept instanceof String tag) {
            return tag;
        }
        Optional<String> chosen = choice.chosen();
        // Only a signed-in person's answer is kept: the login page asks again after sign-in.
        chosen.ifPresent(tag -> session.setAttribute(SESSION_KEY, tag));
        return chosen.orElse("");
    }

    /** The page's locale: the chosen language, else the browser's when it named one; null leaves Vaadin's default. */
    static Locale pageLocale(VaadinRequest request, String chosen) {
        return Languages.pageLocale(chosen, browser(request).orElse(null));
    }

    /** The browser's first language, when it named one. */
    static Optional<Locale> browser(VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getLocale()).filter(locale -> !locale.getLanguage().isEmpty());
    }

    /** Sets the services' language for a request from the session's chosen one (the browser's is already set). */
    private static final class ServeInChosenLanguage implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            WrappedSession session = request.getWrappedSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) instanceof String tag && !tag.isEmpty()) {
                LocaleContextHolder.setLocale(pageLocale(request, tag));
            }
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                    Exception exception) {
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
        }
    }
}
