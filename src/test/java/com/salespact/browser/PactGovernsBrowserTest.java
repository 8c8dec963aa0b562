package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole journey of a pact that governs, on a laptop (1366×768) against the production jar with the clock frozen:
 * on Friday 4 Dec 2026 a manager prepares Jonas Berg's pact for next year (the wizard offers fiscal year 2027), the
 * rep signs, the manager countersigns, and the Targets page shows 2027's target set by the pact. The jar is restarted
 * on the same database on Wednesday 20 Jan 2027: Jonas logged nothing in the two full weeks of the new year, so the
 * start-up ladder check puts him on rung 2 of his pact's ladder, and his next 1:1 shows the rung, why, and the agreed
 * consequence on its agenda; his My business reads the pact's target. Screenshots: docs/screenshots/pact-journey-*.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=PactGovernsBrowserTest}.
 */
class PactGovernsBrowserTest extends BrowserTest {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 768;
    private static final String SIZE = WIDTH + "x" + HEIGHT;
    private static final String DECEMBER = "--salespact.clock.fixed=2026-12-04T10:00:00Z";
    private static final String JANUARY = "--salespact.clock.fixed=2027-01-20T10:00:00Z";

    @Test
    void nextYearsPactSetsTheTargetAndTwoMissedWeeksPutTheAgreedConsequenceOnTheOneOnOne() throws IOException {
        SalesPactJar jar = startJar("journey-december", DECEMBER);
        String[] pactPage = new String[1];
        try (Browser manager = desktop(jar, "journey-manager", WIDTH, HEIGHT)) {
            failureShot(jar, manager, () -> pactPage[0] = prepareAndPropose(jar, manager));
        }
        try (Browser rep = desktop(jar, "journey-rep", WIDTH, HEIGHT)) {
            failureShot(jar, rep, () -> signAsRep(rep));
        }
        try (Browser manager = desktop(jar, "journey-countersign", WIDTH, HEIGHT)) {
            failureShot(jar, manager, () -> countersignAndSeeTheTarget(jar, manager, pactPage[0]));
        }

        jar.restart("journey-january", List.of(JANUARY));
        jar.awaitLog("Ladder check:", java.time.Duration.ofSeconds(90));
        try (Browser rep = desktop(jar, "journey-january", WIDTH, HEIGHT)) {
            failureShot(jar, rep, () -> seeTheRungOnTheOneOnOne(jar, rep));
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void failureShot(SalesPactJar app, Browser browser, Step step) throws IOException {
        try {
            step.run();
        } catch (RuntimeException | AssertionError failed) {
            Files.write(app.workDir.resolve("journey-failure.png"),
                    browser.driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            throw failed;
        }
    }

    /** @return the path of the proposed pact's page */
    private static String prepareAndPropose(SalesPactJar app, Browser browser) throws IOException {
        browser.logIn("manager", "manager");
        browser.get("/pacts");
        browser.visible(By.id("pacts-grid"));
        // Jonas Berg has no pact in the demo data; his is the first "Start the pact".
        click(browser, browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Start the pact']"))));
        browser.waiting().until(ExpectedConditions.urlMatches("/pacts/\\d+/targets$"));
        browser.waitUntilIdle();
        // Prepared in December, the last quarter: the pact covers next fiscal year.
        assertThat(browser.visible(By.id("pact-period")).getText()).contains("Fiscal year 2027");
        WebElement revenue = browser.visible(By.cssSelector("#pact-revenue input"));
        revenue.sendKeys(Keys.chord(Keys.CONTROL, "a"), "950000", Keys.TAB);
        type(browser, "pact-plan", "Two new logos a month from the northern territory.");
        browser.screenshot(app, "pact-journey-1-period-" + SIZE + ".png");
        next(browser, "expectations");
        type(browser, "pact-kpis", "Revenue, minimum GP, MAS every week");
        type(browser, "pact-responsibilities", "Own the northern pipeline; update deals by Friday");
        next(browser, "motivations");
        click(browser, browser.visible(By.cssSelector("#pact-motivators .pact-rows-add")));
        choose(browser, By.cssSelector("#pact-motivators vaadin-select"), "Career growth");
        type(browser, "pact-personal-goals", "Lead a key-account team within two years");
        choose(browser, By.id("pact-flexibility"), "Reviewed every quarter");
        next(browser, "consequences");
        browser.visible(By.id("pact-ladder"));
        next(browser, "role");
        click(browser, browser.visible(By.cssSelector("#pact-focus .pact-rows-add")));
        String before = savedVersion(browser);
        WebElement focus = browser.visible(By.cssSelector("#pact-focus vaadin-text-field input"));
        click(browser, focus);
        focus.sendKeys("Discovery questions");
        awaitSavedAfter(browser, before);
        next(browser, "review");
        WebElement propose = browser.visible(By.id("pact-propose"));
        browser.waiting().until(d -> propose.isEnabled());
        assertThat(browser.visible(By.id("pact-period")).getText()).contains("Covers 1 Jan 2027 – 31 Dec 2027");
        click(browser, propose);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pact-waiting"),
                "Waiting for Jonas Berg to sign"));
        return java.net.URI.create(browser.driver.getCurrentUrl()).getPath();
    }

    private static void signAsRep(Browser browser) {
        browser.logIn("jberg", "jberg");
        browser.get("/pacts");
        signOnReviewPage(browser, By.id("my-pact-open"), "pact-sign");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pact-waiting"),
                "countersignature"));
    }

    private static void countersignAndSeeTheTarget(SalesPactJar app, Browser browser, String pactPage)
            throws IOException {
        browser.logIn("manager", "manager");
        browser.get(pactPage);
        agreeAndSign(browser, "pact-countersign");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pact-period"),
                "In force from 1 Jan 2027 until 31 Dec 2027; standards from the week of 4 Jan 2027"));
        browser.screenshot(app, "pact-journey-2-signed-" + SIZE + ".png");

        browser.get("/pacts");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pacts-grid"),
                "v1 from 1 Jan 2027"));
        browser.screenshot(app, "pact-journey-3-list-" + SIZE + ".png");

        browser.get("/targets?year=2027");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "950,000"));
    }

    private static void seeTheRungOnTheOneOnOne(SalesPactJar app, Browser browser) throws IOException {
        browser.logIn("jberg", "jberg");
        browser.get("/my");
        WebElement ladder = browser.visible(By.id("ladder-section"));
        assertThat(ladder.getText()).contains("Rung 2 of 4", "2 missed weeks in a row",
                "Written catch-up plan, reviewed every week");
        // The pact's 950,000 spread flat over a new year: 237,500 a quarter.
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "237,500"));
        browser.screenshot(app, "pact-journey-4-my-business-" + SIZE + ".png");

        browser.get("/reviews");
        click(browser, browser.visible(By.id("open-next")));
        browser.waiting().until(ExpectedConditions.urlMatches("/reviews/\\d+$"));
        assertThat(browser.visible(By.id("review-ladder")).getText()).contains("Rung 2 of 4");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Consequence agreed in the pact (rung 2 of 4): Written catch-up plan, reviewed every week"));
        browser.screenshot(app, "pact-journey-5-one-on-one-" + SIZE + ".png");
    }

    /** Opens the pact from the list, ticks "I agree" and signs. */
    private static void signOnReviewPage(Browser browser, By open, String signButtonId) {
        click(browser, browser.visible(open));
        browser.waiting().until(ExpectedConditions.urlMatches("/pacts/\\d+/review$"));
        agreeAndSign(browser, signButtonId);
    }

    /** On the pact's page: ticks "I agree" and signs (or countersigns). */
    private static void agreeAndSign(Browser browser, String signButtonId) {
        click(browser, browser.visible(By.id("pact-agree")));
        WebElement sign = browser.visible(By.id(signButtonId));
        browser.waiting().until(d -> sign.isEnabled());
        click(browser, sign);
    }

    private static void click(Browser browser, WebElement element) {
        browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
        browser.waitUntilIdle();
    }

    private static void next(Browser browser, String expectedStep) {
        click(browser, browser.visible(By.id("pact-next")));
        browser.waiting().until(ExpectedConditions.urlMatches("/pacts/\\d+/" + expectedStep + "$"));
        browser.waitUntilIdle();
    }

    /** Types into a text area and waits until the server confirmed the save (the saved version moved on). */
    private static void type(Browser browser, String id, String text) {
        String before = savedVersion(browser);
        WebElement area = browser.visible(By.cssSelector("#" + id + " textarea"));
        click(browser, area);
        area.sendKeys(text);
        awaitSavedAfter(browser, before);
    }

    private static void awaitSavedAfter(Browser browser, String before) {
        browser.waiting().until(d -> {
            String now = d.findElement(By.id("pact-save-status")).getDomAttribute("data-version");
            return now != null && !now.equals(before);
        });
        browser.waitUntilIdle();
    }

    private static String savedVersion(Browser browser) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("pact-save-status")))
                .getDomAttribute("data-version");
    }

    private static void choose(Browser browser, By select, String label) {
        click(browser, browser.visible(select));
        click(browser, browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']"))));
    }
}
