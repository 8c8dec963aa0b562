package com.salespact.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages SalesPact speaks, and which one a page uses for a person. */
public final class Languages {

    /** English (the translations' base) and German. */
    public static final List<Locale> OFFERED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private Languages() {
    }

    /** The offered language with this tag ("de", "de-AT" → German); empty for one SalesPact does not speak. */
    public static Optional<Locale> offered(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return OFFERED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /**
     * The locale of a page: the person's chosen language, with the browser's country when the browser speaks it too
     * (de-AT stays de-AT), else the chosen language alone; nothing chosen, the browser's locale as it is.
     */
    public static Locale pageLocale(String chosen, Locale browser) {
        return offered(chosen).map(language -> browser != null && browser.getLanguage().equals(language.getLanguage())
                ? browser : language).orElse(browser);
    }
}
