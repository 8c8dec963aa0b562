package com.salespact.feedback;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts the feedback and coaching features write down for later (notifications), from the same translations the UI
 * uses, in the application's default language: a stored message is rendered once, like an e-mail.
 */
final class FeedbackMessages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private FeedbackMessages() {
    }

    static String text(String key, Object... args) {
        String pattern = BUNDLE.containsKey(key) ? BUNDLE.getString(key) : key;
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
