package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16, point 10: a rep drags deal cards with a finger on a portrait tablet (768×1024, touch), in Chromium
 * against the production jar. A sideways slide carries a card to the next column and the deal moves; a long press
 * lifts a card so it can go up to the Lost zone, which asks to confirm the close; an up-and-down swipe on a card
 * moves nothing and opens nothing; the page never turns a sideways swipe into the browser's back. Screenshot:
 * docs/screenshots/touch-drag-768x1024.png (a card under the finger, the column below it marked).
 *
 * <p>Run: {@code ./mvnw -Pproduction,browser verify -Dit.test=TouchDragBrowserTest} (JDK 25).
 */
@SharedJar("touch-drag")
class TouchDragBrowserTest extends BrowserTest {

    private static final List<String> STAGES = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");

    @Test
    void aFingerDragsACardToTheNextColumnOrUpToTheLostZone() throws IOException {
        try (Browser tablet = tablet("touch-drag", 768, 1024)) {
            tablet.logIn("rep", "rep");
            Board board = Board.open(tablet);
            assertThat(tablet.js("return [getComputedStyle(document.documentElement).overscrollBehaviorX,"
                    + " getComputedStyle(document.getElementById('deal-board')).overscrollBehaviorX]"))
                    .as("no sideways swipe on the page goes back in history").isEqualTo(List.of("none", "none"));

            // A sideways slide: the card follows the finger at once, the column under it is marked, the drop moves it.
            String from = board.firstStageWithCards();
            String to = STAGES.get(STAGES.indexOf(from) + 1);
            WebElement card = board.firstCard(from);
            String dealId = card.getDomAttribute("data-deal-id");
            // Sideways: the next column, at the height of the card's name (where the finger is put down).
            int[] target = {board.centreOf(board.column(to))[0], board.centreOf(board.inView(card))[1]};
            tablet.pressFinger(board.inView(card));
            tablet.slideFingerTo(target[0], target[1]);
            assertThat(tablet.driver.findElements(By.cssSelector(".deal-card-ghost"))).as("a card under the finger")
                    .hasSize(1);
            assertThat(board.column(to).getDomAttribute("drag-over")).as("the column under the finger is marked")
                    .isNotNull();
            tablet.screenshot(app, "touch-drag-768x1024.png");
            tablet.liftFinger();
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(Board.column(to, dealId))));
            assertThat(tablet.driver.findElements(By.cssSelector(Board.column(from, dealId)))).isEmpty();
            assertThat(tablet.driver.findElements(By.cssSelector(".deal-card-ghost, [drag-over]"))).isEmpty();
            assertThat(tablet.driver.getCurrentUrl()).as("the drag opened nothing").endsWith("/deals");
            System.out.printf("[browser] dragged deal %s with a finger: %s -> %s%n", dealId, from, to);

            // Up and down on a card scrolls, it does not drag or open the card.
            String still = board.firstCard(to).getDomAttribute("data-deal-id");
            WebElement swiped = board.firstCard(to);
            int[] below = board.centreOf(board.inView(swiped));
            tablet.pressFinger(board.inView(swiped));
            tablet.slideFingerTo(below[0], below[1] + 200);
            assertThat(tablet.driver.findElements(By.cssSelector(".deal-card-ghost"))).as("no card lifted").isEmpty();
            tablet.liftFinger();
            tablet.waitUntilIdle();
            assertThat(tablet.driver.findElements(By.cssSelector(Board.column(to, still)))).hasSize(1);
            assertThat(tablet.driver.getCurrentUrl()).endsWith("/deals");

            // A long press lifts the card; then it can go up, to the Lost zone, which asks before closing.
            WebElement closing = board.firstCard(to);
            String closingId = closing.getDomAttribute("data-deal-id");
            board.inView(closing);
            int[] lost = board.centreOf(tablet.visible(By.cssSelector(".deal-close-lost")));
            tablet.pressFinger(board.inView(closing));
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".deal-card-ghost")));
            tablet.slideFingerTo(lost[0], lost[1]);
            assertThat(tablet.visible(By.cssSelector(".deal-close-lost")).getDomAttribute("drag-over")).isNotNull();
            tablet.liftFinger();
            tablet.visible(By.id("close-deal-dialog"));
            tablet.visible(By.id("closing-cancel")).click();
            tablet.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("close-deal-dialog")));
            tablet.waitUntilIdle();
            assertThat(tablet.driver.findElements(By.cssSelector(Board.column(to, closingId))))
                    .as("cancelled: the deal stays where it was").hasSize(1);
            System.out.printf("[browser] long-pressed deal %s up to the Lost zone: asked to confirm%n", closingId);
        }
    }

    /** The rep's deal board as the test reads it. */
    private record Board(Browser tablet) {

        static Board open(Browser tablet) {
            tablet.get("/deals");
            tablet.visible(By.id("deal-board"));
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".deal-card[data-deal-id]")));
            tablet.waitUntilIdle();
            return new Board(tablet);
        }

        static String column(String stage, String dealId) {
            return ".deal-column[data-stage='" + stage + "'] .deal-card[data-deal-id='" + dealId + "']";
        }

        WebElement column(String stage) {
            return tablet.driver.findElement(By.cssSelector(".deal-column[data-stage='" + stage + "']"));
        }

        String firstStageWithCards() {
            return STAGES.subList(0, STAGES.size() - 1).stream()
                    .filter(stage -> !column(stage).findElements(By.cssSelector(".deal-card[data-deal-id]")).isEmpty())
                    .findFirst().orElseThrow();
        }

        WebElement firstCard(String stage) {
            return column(stage).findElement(By.cssSelector(".deal-card[data-deal-id]"));
        }

        /** Scrolls the card's name to the middle of the view, where {@link Browser#pressFinger} puts the finger. */
        WebElement inView(WebElement card) {
            WebElement name = card.findElement(By.cssSelector(".deal-card-name"));
            tablet.js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", name);
            return name;
        }

        /** The element's centre in the viewport. */
        int[] centreOf(WebElement element) {
            List<?> centre = (List<?>) tablet.js("const r = arguments[0].getBoundingClientRect();"
                    + " return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];", element);
            return new int[] {((Number) centre.get(0)).intValue(), ((Number) centre.get(1)).intValue()};
        }
    }
}
