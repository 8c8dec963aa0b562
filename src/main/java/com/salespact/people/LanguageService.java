package com.salespact.people;

import com.salespact.base.Languages;
import com.salespact.base.RuleViolation;
import com.salespact.security.CurrentUser;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The language each person chose for SalesPact; only their own, whoever calls. */
@Service
public class LanguageService {

    private final PersonRepository people;
    private final CurrentUser currentUser;

    LanguageService(PersonRepository people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    /** The signed-in person's language tag, "" when they follow the browser; empty when nobody is signed in. */
    @Transactional(readOnly = true)
    public Optional<String> mine() {
        return currentUser.get().flatMap(user -> people.findById(user.personId()))
                .map(person -> person.getLanguage() == null ? "" : person.getLanguage());
    }

    /**
     * Keeps an offered language ("en", "de") as the signed-in person's; blank follows the browser again.
     * @throws RuleViolation for a language SalesPact does not speak
     */
    @Transactional
    public void chooseMine(String tag) {
        Person person = people.findById(currentUser.require().personId()).orElseThrow();
        if (tag == null || tag.isBlank()) {
            person.setLanguage(null);
            return;
        }
        Locale language = Languages.offered(tag).orElseThrow(() -> RuleViolation.of("language.not-offered", tag));
        person.setLanguage(language.getLanguage());
    }
}
