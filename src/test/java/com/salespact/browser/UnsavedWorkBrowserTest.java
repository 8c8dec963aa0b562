package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 14, "typed work survives", in Chromium against the production jar. A rep types an amount on a deal page and
 * never gets to save it: (a) the session ends while the page sits idle (a one-minute idle timeout set by the real
 * property {@code salespact.session.idle-minutes}): the page warns, signs out, the login page says why and keeps the
 * work, signing in leads back to the deal, which offers the typed amount; (b) the server is restarted on the same
 * data and port: the connection bar says what happened, the page comes back through the login page, and the typed
 * amount is offered again. Each time the rep restores it, saves, and the deal page shows it after a reload.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=UnsavedWorkBrowserTest}.
 */
class UnsavedWorkBrowserTest extends BrowserTest {

    private static final int WIDTH = 1024;
    private static final int HEIGHT = 768;
    private static final By AMOUNT = By.cssSelector("vaadin-big-decimal-field[data-draft-key='amount'] input");

    @Test
    void anAmountTypedBeforeTheSessionEndedIsRestoredAfterSigningInAndSaved() throws IOException {
        SalesPactJar jar = startJar("unsaved-idle", "--salespact.session.idle-minutes=1");
        try (Browser tablet = tablet(jar, "unsaved-idle", WIDTH, HEIGHT)) {
            tablet.logIn("rep", "rep");
            String deal = firstDealPage(tablet);
            tablet.get(deal);
            String typed = typeNewAmount(tablet);

            // Idle: the page warns (half of the one-minute timeout before its end), then signs out by itself.
            WebElement warning = tablet.waiting(Duration.ofSeconds(75)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("idle-warning")));
            assertThat(warning.getText()).contains("You will be signed out in").contains("Stay signed in");
            tablet.screenshot(jar, "unsaved-1-idle-warning-" + WIDTH + "x" + HEIGHT + ".png");
            tablet.waiting(Duration.ofSeconds(90)).until(ExpectedConditions.urlContains("/login"));
            assertThat(tablet.visible(By.id("session-ended")).getText())
                    .isEqualTo("Your session ended — sign in again; your unsaved changes are kept on this device.");
            tablet.screenshot(jar, "unsaved-2-session-ended-" + WIDTH + "x" + HEIGHT + ".png");

            signInHere(tablet, "rep", "rep");
            tablet.waiting().until(ExpectedConditions.urlMatches(deal + "(\\?continue)?$"));
            restoreAndSave(jar, tablet, typed, "unsaved-3-restore-offer-");
        }
    }

    @Test
    void anAmountTypedBeforeARestartIsRestoredAfterTheServerIsBack() throws IOException {
        SalesPactJar jar = startJar("unsaved-restart-1");
        try (Browser tablet = tablet(jar, "unsaved-restart", WIDTH, HEIGHT)) {
            tablet.logIn("rep", "rep");
            String deal = firstDealPage(tablet);
            tablet.get(deal);
            String typed = typeNewAmount(tablet);
            jar.stopKeepingData();
            // The server is gone: saving now cannot reach it, and the connection bar says what that means.
            tablet.driver.findElement(By.id("save-deal")).click();
            tablet.waiting(Duration.ofSeconds(60)).until(d -> String.valueOf(tablet.js(
                    "const m = document.querySelector('vaadin-connection-indicator .v-status-message');"
                            + " return m ? m.textContent : '';")).contains("your changes are kept on this device"));
            tablet.screenshot(jar, "unsaved-4-connection-lost-" + WIDTH + "x" + HEIGHT + ".png");

            // Back on the same port and data.
            jar.restart("unsaved-restart-2", List.of());
            // The page reconnects to a server that does not know its session: it goes through the login page.
            tablet.waiting(Duration.ofSeconds(90)).until(ExpectedConditions.urlContains("/login"));
            assertThat(tablet.visible(By.id("session-ended")).getText()).contains("your unsaved changes are kept");
            signInHere(tablet, "rep", "rep");
            tablet.waiting().until(ExpectedConditions.urlMatches(deal + "(\\?continue)?$"));
            restoreAndSave(jar, tablet, typed, "unsaved-5-restore-after-restart-");
        }
    }

    /** The rep's first deal in the list, as a path ("/deals/123"). */
    private static String firstDealPage(Browser tablet) {
        tablet.get("/deals?view=list");
        String href = tablet.visible(By.cssSelector("a.deal-list-open")).getDomAttribute("href");
        return "/" + href.replaceFirst("^/", "");
    }

    /** Types a new amount (one more than shown) without leaving the field: the server never hears of it. */
    private static String typeNewAmount(Browser tablet) {
        WebElement amount = tablet.visible(AMOUNT);
        tablet.waitUntilIdle();
        String shown = String.valueOf(tablet.js("return arguments[0].value;", amount)).replace(",", "");
        String typed = new java.math.BigDecimal(shown).add(java.math.BigDecimal.ONE).toBigInteger().toString();
        amount.click();
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        tablet.waiting().until(d -> String.valueOf(tablet.js(
                "return Object.keys(localStorage).filter(k => k.startsWith('salespact.draft.rep.deal.'))"
                        + ".map(k => localStorage.getItem(k)).join();")).contains("\"amount\":\"" + typed + "\""));
        System.out.printf("[browser] typed amount %s (was %s), kept on the device%n", typed, shown);
        return typed;
    }

    /** Signs in on the login page the browser is on, so the page it came from is where it returns. */
    private static void signInHere(Browser tablet, String username, String password) {
        WebElement user = tablet.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        user.sendKeys(username);
        tablet.driver.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"))
                .sendKeys(password);
        tablet.driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        tablet.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        tablet.waitUntilIdle();
    }

    private static void restoreAndSave(SalesPactJar app, Browser tablet, String typed, String shot) throws IOException {
        WebElement offer = tablet.visible(By.id("unsaved-work-offer"));
        tablet.waiting().until(d -> String.valueOf(tablet.js("return arguments[0].textContent;", offer))
                .contains("Restore your unsaved changes to"));
        tablet.waitUntilAnimationsFinished();
        tablet.screenshot(app, shot + WIDTH + "x" + HEIGHT + ".png");
        tablet.driver.findElement(By.cssSelector("#unsaved-work-offer [slot='confirm-button']")).click();
        tablet.waiting().until(d -> typed.equals(String.valueOf(
                tablet.js("return arguments[0].value;", tablet.driver.findElement(AMOUNT))).replace(",", "")));
        tablet.driver.findElement(By.id("save-deal")).click();
        tablet.waitUntilIdle();
        tablet.waiting().until(d -> String.valueOf(tablet.js(
                "return Object.keys(localStorage).filter(k => k.startsWith('salespact.draft.')).length;")).equals("0"));

        tablet.driver.navigate().refresh();
        tablet.waitUntilIdle();
        WebElement amount = tablet.visible(AMOUNT);
        tablet.waiting().until(d -> typed.equals(String.valueOf(tablet.js("return arguments[0].value;", amount))
                .replace(",", "").replaceFirst("\\.0+$", "")));
        assertThat(tablet.driver.findElements(By.id("unsaved-work-offer"))).as("nothing left to offer").isEmpty();
        System.out.printf("[browser] restored and saved amount %s%n", typed);
    }
}
