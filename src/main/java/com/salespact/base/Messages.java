package com.salespact.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one renderer for texts that services and the domain write (rule violations, notifications, stored reasons, texts
 * of facts), from the same translations the screens use (vaadin-i18n/translations*.properties). A text is rendered in
 * the language of the request being served, the user's (see {@code base.ui.UserLanguage}), or in English outside a
 * request (scheduled jobs); a language without a translation file falls back to English.
 */
public final class Messages {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The translation of {@code key} in the current user's language, arguments used as given (pass numbers formatted). */
    public static String text(String key, Object... args) {
        return text(current(), key, args);
    }

    /**
     * The translation of {@code key} in {@code locale}'s language (English when there is none for it). As with Vaadin's
     * getTranslation, a text is a MessageFormat pattern only when arguments are given: "the deal's" without, "the
     * deal''s {0}" with (TranslationsTest holds the bundle to it).
     */
    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle has {@code key} (in English, which has every key). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_DEFAULT_LOCALE).containsKey(key);
    }

    /** The language of the request being served; {@link Locale#ROOT} (English) outside one. */
    public static Locale current() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? Locale.ROOT : locale;
    }
}
