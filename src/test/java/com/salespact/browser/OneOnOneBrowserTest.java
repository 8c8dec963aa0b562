package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager runs a weekly 1:1 end to end on a laptop against the production jar: opens the rep's next 1:1 (prepared
 * from facts), drafts the catch-up plan, adds a private and a shared agenda item, writes shared notes, agrees an
 * action and marks the meeting held; the rep then opens the same meeting and sees the shared parts only.
 * Screenshots: docs/screenshots/one-on-one-prepared-1280x800.png, one-on-one-held-1280x800.png,
 * one-on-one-rep-1280x800.png.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=OneOnOneBrowserTest}.
 */
@SharedJar("one-on-one")
class OneOnOneBrowserTest extends BrowserTest {

    private static final String PRIVATE_ITEM = "Private: talk about the pricing escalation";
    private static final String SHARED_ITEM = "Shared: the Brightforge proposal";
    private static final String NOTES = "Agreed to double prospecting blocks until the gap closes.";
    private static final String ACTION = "Book two demos with new logos this week";

    @Test
    void managerRunsAOneOnOneAndTheRepSeesTheSharedParts() throws IOException {
        // The rep's "open my next 1:1" names the meeting both will use.
        String meeting;
        try (Browser rep = desktop("one-on-one-find", 1280, 800)) {
            rep.logIn("rep", "rep");
            rep.get("/reviews");
            click(rep, rep.visible(By.id("open-next")));
            rep.waiting().until(ExpectedConditions.urlMatches("/reviews/\\d+$"));
            meeting = rep.driver.getCurrentUrl().replaceAll(".*(/reviews/\\d+)$", "$1");
        }
        try (Browser laptop = desktop("one-on-one-manager", 1280, 800)) {
            laptop.logIn("manager", "manager");
            laptop.get(meeting);
            present(laptop, By.id("review-view"));
            laptop.waitUntilChartsRendered();
            laptop.screenshot(app, "one-on-one-prepared-1280x800.png");

            // The catch-up check drafts a plan when the rep is behind, or says they are on track.
            if (!laptop.driver.findElements(By.id("catch-up-check")).isEmpty()) {
                click(laptop, present(laptop, By.id("catch-up-check")));
                laptop.waitUntilIdle();
            }

            type(laptop, By.cssSelector("#agenda-text input"), PRIVATE_ITEM);
            click(laptop, present(laptop, By.id("agenda-private")));
            click(laptop, present(laptop, By.id("add-agenda")));
            laptop.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-items"), PRIVATE_ITEM));
            type(laptop, By.cssSelector("#agenda-text input"), SHARED_ITEM);
            click(laptop, present(laptop, By.id("add-agenda")));
            laptop.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-items"), SHARED_ITEM));

            type(laptop, By.cssSelector("#shared-notes textarea"), NOTES);
            click(laptop, present(laptop, By.id("save-notes")));
            laptop.waitUntilIdle();

            type(laptop, By.cssSelector("#action-text input"), ACTION);
            click(laptop, present(laptop, By.id("add-action")));
            laptop.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-items"), ACTION));

            click(laptop, present(laptop, By.id("mark-held")));
            laptop.waiting().until(d -> d.findElements(By.id("mark-held")).stream().noneMatch(WebElement::isDisplayed));
            laptop.waitUntilIdle();
            assertThat(laptop.driver.findElement(By.id("review-view")).getText()).contains("Held");
            ((JavascriptExecutor) laptop.driver).executeScript("window.scrollTo(0, 0)");
            laptop.screenshot(app, "one-on-one-held-1280x800.png");
        }

        try (Browser rep = desktop("one-on-one-rep", 1280, 800)) {
            rep.logIn("rep", "rep");
            rep.get(meeting);
            rep.visible(By.id("review-view"));
            rep.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda-items"), SHARED_ITEM));
            rep.waitUntilIdle();
            String page = rep.driver.findElement(By.id("review-view")).getText();
            assertThat(page).contains(SHARED_ITEM, ACTION).doesNotContain(PRIVATE_ITEM);
            assertThat((String) rep.js("return document.body.innerHTML")).doesNotContain(PRIVATE_ITEM);
            rep.screenshot(app, "one-on-one-rep-1280x800.png");
        }
    }

    /** Present in the page; scrolled-away parts of the layout do not count as visible to WebDriver. */
    private static WebElement present(Browser browser, By by) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static void click(Browser browser, WebElement element) {
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void type(Browser browser, By by, String text) {
        WebElement input = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(by));
        browser.js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.click();
        input.sendKeys(text);
        // Commit the value (the fields sync on change) before the next click.
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        browser.waitUntilIdle();
    }
}
