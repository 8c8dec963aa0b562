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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Stale walls say so (issue 14, point 7), in a real Chromium against the production jar started with
 * {@code --salespact.wall.stale-seconds=3}: a wall screen is opened with a fresh display link; the jar is stopped
 * (its data kept), and within a few seconds the wall shows "Last updated HH:mm" with the time of its last contact;
 * the jar is started again on the same port and data, the page reconnects (a new server reloads it) and the marker
 * is gone. Screenshot: docs/screenshots/wall-stale-1920x1080.png.
 *
 * <p>Run: {@code ./mvnw -o -B -Pbrowser test-compile org.apache.maven.plugins:maven-failsafe-plugin:integration-test
 * org.apache.maven.plugins:maven-failsafe-plugin:verify -Dit.test=StaleWallBrowserTest} after a production build.
 */
class StaleWallBrowserTest extends BrowserTest {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final String STALE_SECONDS = "--salespact.wall.stale-seconds=3";

    @Test
    void aWallThatLostItsServerSaysSinceWhenAndForgetsItWhenTheServerIsBack() throws IOException {
        SalesPactJar jar = startJar("stale-wall", STALE_SECONDS);
        String wallUrl;
        try (Browser manager = desktop(jar, "stale-wall-manager", 1366, 768)) {
            wallUrl = newWallLink(manager);
        }
        try (Browser wall = desktop(jar, "stale-wall", WIDTH, HEIGHT)) {
            wall.driver.get(wallUrl);
            wall.visible(By.id("wall"));
            wall.waitUntilIdle();
            WebElement marker = wall.driver.findElement(By.id("wall-stale"));
            assertThat(marker.isDisplayed()).as("fresh: no marker").isFalse();
            String contact = (String) wall.js("return document.getElementById('wall').getAttribute('data-fresh-at');");
            assertThat(contact).as("the server's time of day at the last contact").matches("\\d\\d:\\d\\d");
            // The page's "still there?" reaches the server and is answered with its time of day.
            Object answer = wall.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    document.getElementById('wall').$server.stillThere().then(done, e => done('failed: ' + e));""");
            assertThat(answer).asString().matches("\\d\\d:\\d\\d");

            // The server goes away; the page keeps its figures and, after 3 s, says since when.
            jar.stopKeepingData();
            new WebDriverWait(wall.driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOf(marker));
            String lastContact = (String) wall.js(
                    "return document.getElementById('wall').getAttribute('data-fresh-at');");
            assertThat(marker.getText()).isEqualTo("Last updated " + lastContact);
            assertThat(wall.driver.findElements(By.id("wall-denied"))).isEmpty();
            wall.screenshot(jar, "wall-stale-" + WIDTH + "x" + HEIGHT + ".png");

            // The server is back on the same port and data: the screen reconnects and the marker goes.
            jar.restart("stale-wall-again", List.of(STALE_SECONDS));
            new WebDriverWait(wall.driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(wall.js("""
                    const marker = document.getElementById('wall-stale');
                    return !!marker && marker.hidden && !!document.querySelector('#wall .wall-slide');""")));
            assertThat(wall.driver.findElements(By.id("wall-denied"))).as("the token still opens it").isEmpty();
        }
    }

    /** The manager creates a wall-screen link on /displays (shown once) and the test reads it. */
    private static String newWallLink(Browser manager) {
        manager.logIn("manager", "manager");
        manager.get("/displays");
        manager.visible(By.id("displays-view"));
        manager.waitUntilIdle();
        manager.visible(By.cssSelector("#displays-view vaadin-text-field input")).sendKeys("Stale test TV");
        manager.visible(By.id("create-display")).click();
        String url = manager.visible(By.id("new-display-link")).getDomAttribute("href");
        assertThat(url).contains("/wall/");
        manager.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        return url;
    }
}
