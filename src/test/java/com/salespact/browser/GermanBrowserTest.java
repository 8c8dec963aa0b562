package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * German end to end in a real browser (issue 16, point 14): a browser that asks for German (Accept-Language de-DE)
 * gets the login page, the shell, the team dashboard's texts, dates and amounts in German; an English browser switches
 * to German in the drawer's foot and keeps it after signing in again. What Karibu cannot show: the browser's language
 * reaching the page and the services through real requests. Screenshots: docs/screenshots/german-*.png.
 */
@SharedJar("german")
class GermanBrowserTest extends BrowserTest {

    @Test
    void aGermanBrowserReadsSalesPactInGerman() throws IOException {
        Browser browser = desktop("german", 1366, 768, "de-DE");
        browser.get("/login");
        browser.visible(By.cssSelector("vaadin-login-form"));
        assertThat(browser.driver.findElement(By.cssSelector(".login-view")).getText())
                .contains("Vereinbarung treffen. Jede Woche einhalten.");
        assertThat(browser.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).getText())
                .isEqualTo("Anmelden");

        browser.logIn("manager", "manager");
        browser.get("/dashboard");
        browser.visible(By.id("team-dashboard"));
        browser.waitUntilChartsRendered();
        String nav = browser.driver.findElement(By.id("main-nav")).getText();
        assertThat(nav).contains("Team-Dashboard", "Aktivitäten", "Provision");
        String heading = browser.driver.findElement(By.cssSelector("#team-dashboard h2")).getText();
        assertThat(heading).as("German dates: day. month. year").containsPattern("\\d{1,2}\\. \\p{L}+\\.? \\d{4}");
        assertThat(browser.driver.findElement(By.cssSelector("#team-dashboard .kpi-card .kpi-value")).getText())
                .as("German amounts: 1.145.600 €").containsPattern("^\\d{1,3}(\\.\\d{3})*\\h€$");
        assertThat(browser.driver.findElement(By.id("language-switch")).getText()).isEqualTo("English");
        assertThat(browser.driver.getTitle()).as("the tab's title").doesNotContain("Team dashboard");
        browser.screenshot(app, "german-dashboard-1366x768.png");

        browser.get("/deals");
        browser.visible(By.id("deal-board"));
        browser.waitUntilIdle();
        assertThat(browser.driver.findElement(By.id("deal-board")).getText()).contains("Verhandlung");
        browser.screenshot(app, "german-deals-1366x768.png");
    }

    @Test
    void anEnglishBrowserSwitchesToGermanAndKeepsItAfterSigningInAgain() {
        Browser browser = desktop("english-to-german", 1366, 768);
        browser.logIn("rep", "rep");
        browser.visible(By.id("language-switch"));
        assertThat(browser.driver.findElement(By.id("language-switch")).getText()).isEqualTo("Deutsch");

        browser.driver.findElement(By.id("language-switch")).click();
        switchReads(browser, "English");
        browser.waitUntilIdle();
        assertThat(browser.driver.findElement(By.id("logout")).getText()).isEqualTo("Abmelden");

        browser.driver.findElement(By.id("logout")).click();
        browser.visible(By.cssSelector("vaadin-login-form"));
        browser.logIn("rep", "rep");
        browser.visible(By.id("language-switch"));
        assertThat(browser.driver.findElement(By.id("language-switch")).getText())
                .as("the choice is kept with the person").isEqualTo("English");
        assertThat(browser.driver.findElement(By.id("main-nav")).getText()).contains("Mein Geschäft");

        // Back to English for the other tests on this jar.
        browser.driver.findElement(By.id("language-switch")).click();
        switchReads(browser, "Deutsch");
    }

    /** The switch reloads the page, so the button read may be the old page's: read again until it says so. */
    private static void switchReads(Browser browser, String label) {
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(driver -> label.equals(driver.findElement(By.id("language-switch")).getText()));
    }
}
