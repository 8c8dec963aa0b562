package com.salespact.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts a feature writes down for later (notifications, stored reasons), from the same translations the UI uses, in
 * the application's default language: a stored message is rendered once, like an e-mail. The one renderer for them.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /** The translation of {@code key} with its arguments used as given (pass numbers already formatted). */
    public static String text(String key, Object... args) {
        String pattern = BUNDLE.containsKey(key) ? BUNDLE.getString(key) : key;
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
