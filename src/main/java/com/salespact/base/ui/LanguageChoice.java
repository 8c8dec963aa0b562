package com.salespact.base.ui;

import java.util.Optional;

/**
 * The signed-in person's chosen language, kept with the person (the people feature provides the bean), so the shell
 * can offer the switch without depending on people.
 */
public interface LanguageChoice {

    /** The signed-in person's language tag ("de"), or "" when they follow the browser; empty when nobody is signed in. */
    Optional<String> chosen();

    /** Keeps {@code tag} (an offered language) as the signed-in person's language. */
    void choose(String tag);
}
