package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A rep on a 10" tablet (768×1024 portrait and 1024×768 landscape, touch screen) against the packaged production jar:
 * the deal board shows cards; tapping a card's arrow moves the deal to the next stage (it shows up in the next column,
 * and the deal page's stage history says so); tapping a card opens its editor; the floating Log button logs a call
 * and the calls tile on /activities counts one more; the list layout fits, sorts and opens a deal from a tap on
 * its row. Every button tapped is at least 44 px high. Screenshots: docs/screenshots/tablet-deals-WxH.png,
 * tablet-deal-editor-WxH.png, tablet-log-dialog-WxH.png, tablet-deal-list-WxH.png.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=TabletDealsBrowserTest}.
 */
@SharedJar("tablet")
class TabletDealsBrowserTest extends BrowserTest {

    private static final int MIN_TOUCH_TARGET = 44;
    private static final List<String> STAGES = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");
    private static final List<String> STAGE_LABELS = List.of("Prospect", "Qualified", "Proposal", "Negotiation");
    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d+)\\s*/\\s*(\\d+)\\s*$");

    @Test
    void portraitTablet() throws IOException {
        repWorksOnATablet(768, 1024);
    }

    @Test
    void landscapeTablet() throws IOException {
        repWorksOnATablet(1024, 768);
    }

    private void repWorksOnATablet(int width, int height) throws IOException {
        String size = width + "x" + height;
        try (Browser tablet = tablet("tablet-" + size, width, height)) {
            tablet.logIn("rep", "rep");
            assertThat(tablet.js("return navigator.maxTouchPoints > 0")).as("touch screen emulated").isEqualTo(true);
            assertThat(tablet.js("return matchMedia('(pointer: coarse)').matches")).as("coarse pointer").isEqualTo(true);
            assertThat(tablet.js("return [innerWidth, innerHeight]")).as("CSS viewport")
                    .isEqualTo(List.of((long) width, (long) height));

            // The board shows the rep's open deals.
            tablet.get("/deals");
            tablet.visible(By.id("deal-board"));
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".deal-card[data-deal-id]")));
            tablet.waitUntilIdle();
            assertThat(tablet.driver.findElements(By.cssSelector(".deal-column[data-stage]"))).hasSize(4);
            int cards = tablet.driver.findElements(By.cssSelector(".deal-card[data-deal-id]")).size();
            assertThat(cards).as("cards on the rep's board").isPositive();
            recordPointerTypes(tablet);
            tablet.screenshot(app, "tablet-deals-" + size + ".png");

            // Tap a card's arrow: the deal moves to the next column.
            int from = firstStageWithCards(tablet);
            String fromStage = STAGES.get(from);
            String toStage = STAGES.get(from + 1);
            WebElement card = tablet.driver.findElement(By.cssSelector(column(fromStage) + " .deal-card[data-deal-id]"));
            String dealId = card.getDomAttribute("data-deal-id");
            String dealName = card.findElement(By.cssSelector(".deal-card-name")).getText();
            WebElement arrow = card.findElement(By.cssSelector(".deal-card-next"));
            assertTouchTarget(tablet, arrow, "board arrow of \"" + dealName + "\" (" + size + ")");
            tablet.tap(arrow);
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(column(toStage) + " .deal-card[data-deal-id='" + dealId + "']")));
            tablet.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector(column(fromStage) + " .deal-card[data-deal-id='" + dealId + "']"), 0));
            assertThat(lastPointerType(tablet)).as("the arrow was tapped with a finger").isEqualTo("touch");
            System.out.printf("[browser] %s: tapped the arrow of deal %s \"%s\": %s -> %s%n",
                    size, dealId, dealName, fromStage, toStage);

            // The deal page agrees: the stage history has the move, the next step is the stage after.
            tablet.get("/deals/" + dealId);
            tablet.visible(By.id("deal-view"));
            tablet.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("stage-history"),
                    STAGE_LABELS.get(from) + " → " + STAGE_LABELS.get(from + 1)));
            String expectedNext = from + 2 < STAGES.size() ? STAGE_LABELS.get(from + 2) : "Won";
            tablet.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-stage"),
                    "Move to " + expectedNext));

            // Tap a card: its editor opens.
            tablet.get("/deals");
            tablet.visible(By.id("deal-board"));
            recordPointerTypes(tablet);
            WebElement other = tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".deal-card[data-deal-id]")));
            String openedId = other.getDomAttribute("data-deal-id");
            String openedName = other.findElement(By.cssSelector(".deal-card-name")).getText();
            tablet.tap(other.findElement(By.cssSelector(".deal-card-body")));
            tablet.waiting().until(ExpectedConditions.urlMatches("/deals/" + openedId + "$"));
            tablet.visible(By.id("deal-view"));
            tablet.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#deal-view h2"), openedName));
            WebElement save = tablet.visible(By.id("save-deal"));
            tablet.visible(By.cssSelector("#deal-view vaadin-text-field"));
            tablet.waitUntilIdle();
            tablet.waitUntilAnimationsFinished();
            tablet.screenshot(app, "tablet-deal-editor-" + size + ".png");
            System.out.printf("[browser] %s: editor buttons: save %.0f px, next stage %.0f px high%n", size,
                    (double) save.getRect().getHeight(),
                    (double) tablet.driver.findElement(By.id("next-stage")).getRect().getHeight());

            // The calls tile before logging.
            tablet.get("/activities");
            int callsBefore = calls(tablet);

            // The floating Log button, from the deal editor: log a call.
            tablet.get("/deals/" + openedId);
            tablet.visible(By.id("deal-view"));
            tablet.waitUntilIdle();
            recordPointerTypes(tablet);
            WebElement fab = tablet.visible(By.id("log-fab"));
            assertTouchTarget(tablet, fab, "floating Log button (" + size + ")");
            assertInsideViewport(tablet, fab, "floating Log button (" + size + ")");
            tablet.tap(fab);
            WebElement logCall = tablet.visible(By.id("log-call"));
            tablet.waitUntilIdle();
            tablet.waitUntilAnimationsFinished();
            for (String kind : List.of("log-call", "log-meeting", "log-prospecting", "log-proposal")) {
                assertTouchTarget(tablet, tablet.visible(By.id(kind)), kind + " in the log dialog (" + size + ")");
            }
            tablet.screenshot(app, "tablet-log-dialog-" + size + ".png");
            tablet.tap(logCall);
            tablet.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("log-call")));
            assertThat(lastPointerType(tablet)).as("the log buttons were tapped with a finger").isEqualTo("touch");

            tablet.get("/activities");
            tablet.waiting().until(d -> calls(tablet) == callsBefore + 1);
            System.out.printf("[browser] %s: calls this week %d -> %d after logging a call with the floating button%n",
                    size, callsBefore, callsBefore + 1);

            dealListOnATablet(tablet, size);
        }
    }

    /**
     * The list layout (a table of links, DealList): it fits the screen, a header sorts by its column (the URL says
     * so), and a tap anywhere on a row, not only on the deal's name, opens that deal.
     */
    private static void dealListOnATablet(Browser tablet, String size) throws IOException {
        tablet.get("/deals?view=list");
        tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deal-list tbody a.deal-list-open")));
        tablet.waitUntilIdle();
        assertThat((Long) tablet.js("return document.documentElement.scrollWidth"))
                .as("the list page does not scroll sideways (" + size + ")").isLessThanOrEqualTo(tablet.width);
        WebElement amountHeader = tablet.visible(By.xpath("//*[@id='deal-list']//th[a[starts-with(normalize-space(.), 'Amount')]]/a"));
        assertTouchTarget(tablet, amountHeader, "Amount header of the deal list (" + size + ")");
        tablet.tap(amountHeader);
        tablet.waiting().until(ExpectedConditions.urlContains("sort=amount"));
        tablet.waiting().until(ExpectedConditions.attributeToBe(
                By.xpath("//*[@id='deal-list']//th[a[starts-with(normalize-space(.), 'Amount')]]"), "aria-sort", "ascending"));
        tablet.screenshot(app, "tablet-deal-list-" + size + ".png");

        WebElement row = tablet.driver.findElement(By.cssSelector("#deal-list tbody tr"));
        WebElement link = row.findElement(By.cssSelector("a.deal-list-open"));
        String href = link.getDomAttribute("href");
        String name = link.getText();
        assertTouchTarget(tablet, row, "a row of the deal list (" + size + ")");
        recordPointerTypes(tablet);
        tablet.tap(row.findElement(By.cssSelector("td.num")));
        tablet.waiting().until(ExpectedConditions.urlMatches("/" + Pattern.quote(href) + "$"));
        tablet.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#deal-view h2"), name));
        assertThat(lastPointerType(tablet)).as("the row was tapped with a finger").isEqualTo("touch");
        System.out.printf("[browser] %s: deal list sorted by amount; tapping the amount of \"%s\" opened %s%n",
                size, name, href);
    }

    private static String column(String stage) {
        return ".deal-column[data-stage='" + stage + "']";
    }

    /** The first of PROSPECT, QUALIFIED, PROPOSAL with a card (their next stage is open, so the arrow moves at once). */
    private static int firstStageWithCards(Browser tablet) {
        for (int i = 0; i < 3; i++) {
            if (!tablet.driver.findElements(By.cssSelector(column(STAGES.get(i)) + " .deal-card[data-deal-id]")).isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("the rep has no deal before negotiation on the board");
    }

    /** The calls of this week from the KPI tile ("N / 40"), once the tile is shown. */
    private static int calls(Browser tablet) {
        String text = tablet.waiting().until(d -> (String) tablet.js(
                "const value = document.querySelector('#mas-calls .kpi-value'); return value ? value.textContent : null;"));
        Matcher matcher = COUNT.matcher(text);
        assertThat(matcher.matches()).as("calls tile reads \"N / M\": " + text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static void assertTouchTarget(Browser tablet, WebElement button, String what) {
        tablet.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", button);
        double height = button.getRect().getHeight();
        double width = button.getRect().getWidth();
        System.out.printf("[browser] touch target %s: %.0f × %.0f px%n", what, width, height);
        assertThat(height).as(what + " height (px)").isGreaterThanOrEqualTo(MIN_TOUCH_TARGET);
        assertThat(width).as(what + " width (px)").isGreaterThanOrEqualTo(MIN_TOUCH_TARGET);
    }

    private static void assertInsideViewport(Browser tablet, WebElement element, String what) {
        var rect = element.getRect();
        assertThat(rect.getX()).as(what + " left").isGreaterThanOrEqualTo(0);
        assertThat(rect.getY()).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(rect.getX() + rect.getWidth()).as(what + " right").isLessThanOrEqualTo(tablet.width);
        assertThat(rect.getY() + rect.getHeight()).as(what + " bottom").isLessThanOrEqualTo(tablet.height);
    }

    /** Remembers the pointer type of the last click in this page, to prove taps arrive as touch, not mouse. */
    private static void recordPointerTypes(Browser tablet) {
        tablet.js("""
                if (!window.__spPointer) {
                  window.__spPointer = true;
                  document.addEventListener('pointerdown', e => { window.__spLastPointer = e.pointerType; }, true);
                }""");
    }

    private static Object lastPointerType(Browser tablet) {
        return tablet.js("return window.__spLastPointer || null");
    }
}
