package com.salespact.people.ui;

import com.salespact.base.ui.LanguageChoice;
import com.salespact.people.LanguageService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The shell's language switch, kept with the signed-in person. */
@Component
class PersonLanguageChoice implements LanguageChoice {

    private final LanguageService languages;

    PersonLanguageChoice(LanguageService languages) {
        this.languages = languages;
    }

    @Override
    public Optional<String> chosen() {
        return languages.mine();
    }

    @Override
    public void choose(String tag) {
        languages.chooseMine(tag);
    }
}
