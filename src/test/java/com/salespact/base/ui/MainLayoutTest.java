package com.salespact.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    void theDrawerFootShowsWhoIsSignedInAndASignOutButton() {
        login("manager");
        UI.getCurrent().navigate("dashboard");
        Div footer = _get(Div.class, spec -> spec.withId("user-menu"));
        String who = footer.getChildren().findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(who).contains(">MN</span>").contains("Maria Novak<small>Sales manager</small>");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Sign out");
    }

    @Test
    void theLanguageSwitchKeepsTheChoiceWithThePersonAndReloadsThePageInIt() {
        kept.keep("person", "username = ?", "manager");
        login("manager");
        UI.getCurrent().navigate("dashboard");
        Button toGerman = _get(Button.class, spec -> spec.withId("language-switch"));
        assertThat(toGerman.getText()).isEqualTo("Deutsch");
        assertThat(toGerman.getElement().getAttribute("lang")).isEqualTo("de");

        toGerman.click();

        assertThat(UI.getCurrent().getLocale().getLanguage()).as("the reloaded page's language").isEqualTo("de");
        assertThat(_get(Button.class, spec -> spec.withId("language-switch")).getText()).isEqualTo("English");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Abmelden");
        assertThat(company.languageOf("manager")).isEqualTo("de");
        _get(Button.class, spec -> spec.withId("language-switch")).click();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(company.languageOf("manager")).isEqualTo("en");
    }

    @Test
    void initialsAreTheFirstAndLastNamesFirstLetters() {
        assertThat(MainLayout.initials("Lena Moreau")).isEqualTo("LM");
        assertThat(MainLayout.initials("  ana maria de souza ")).isEqualTo("AS");
        assertThat(MainLayout.initials("Prince")).isEqualTo("P");
    }
}
