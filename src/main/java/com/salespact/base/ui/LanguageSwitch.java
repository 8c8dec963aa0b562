package com.salespact.base.ui;

import com.salespact.base.Languages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * One button in the drawer's foot that names the other language in that language ("Deutsch" on an English page,
 * "English" on a German one): SalesPact speaks two, so one tap switches, keeps the choice with the person and reloads
 * the page in it. One element on every page instead of a select with its items (session memory).
 */
final class LanguageSwitch {

    private LanguageSwitch() {
    }

    static Button create(LanguageChoice choice) {
        Locale current = UI.getCurrent().getLocale();
        Locale other = Languages.OFFERED.stream()
                .filter(language -> !language.getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(Languages.OFFERED.getFirst());
        String name = other.getDisplayLanguage(other);
        Button button = new Button(name.substring(0, 1).toUpperCase(other) + name.substring(1), event -> {
            choice.choose(other.getLanguage());
            UserLanguage.remember(VaadinSession.getCurrent(), other.getLanguage());
            event.getSource().getUI().ifPresent(ui -> ui.getPage().reload());
        });
        button.getElement().setAttribute("lang", other.toLanguageTag());
        button.getElement().setAttribute("title", UI.getCurrent().getTranslation("language.switch", name));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId("language-switch");
        return button;
    }
}
