package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * URLs typed into a real browser that lead nowhere or to a page the role may not open: an answer inside the app (its
 * navigation, a sentence, a way back), never a bare error or "Could not navigate to …". What Karibu cannot show: the
 * first page load of a typed URL and Spring Security letting it through to the router. (The page itself comes with
 * HTTP 200: Vaadin 25 serves its bootstrap page first and routes in the next request.)
 * Screenshots: docs/screenshots/error-*.png.
 */
@SharedJar("error-pages")
class ErrorPagesBrowserTest extends BrowserTest {

    @Test
    void typedUrlsThatLeadNowhereAnswerInsideTheApp() throws IOException {
        Browser browser = desktop("error-pages-rep", 1366, 768);
        browser.logIn("rep", "rep");

        typed(browser, "/no-such-page");
        assertPage(browser, "not-found-view", "There is no page at this address");
        browser.screenshot(app, "error-not-found-1366x768.png");

        typed(browser, "/deals/999999999");
        assertPage(browser, "not-found-view", "does not exist or is not yours to see");
        browser.driver.findElement(By.id("error-list")).click();
        browser.visible(By.id("deals-view"));

        typed(browser, "/admin/people");
        assertPage(browser, "access-denied-view", "for administrators only");
        browser.screenshot(app, "error-access-denied-1366x768.png");
        browser.driver.findElement(By.id("error-start")).click();
        browser.visible(By.id("my-business"));
    }

    /** A URL typed into the address bar: a full page load, answered by the server. */
    private static void typed(Browser browser, String path) {
        browser.get(path);
        browser.waitUntilIdle();
    }

    private static void assertPage(Browser browser, String viewId, String sentence) {
        browser.visible(By.id(viewId));
        assertThat(browser.driver.findElements(By.id("main-nav"))).as("inside the app's shell").isNotEmpty();
        assertThat(browser.driver.findElement(By.id("error-text")).getText()).contains(sentence);
        assertThat(browser.driver.findElement(By.cssSelector(".view-title")).getText()).as("title bar")
                .isEqualTo(browser.driver.findElement(By.cssSelector(".error-page h2")).getText());
        assertThat(browser.driver.getPageSource()).doesNotContain("Could not navigate");
    }
}
