package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A rep on a 10" portrait tablet (768×1024, touch) against the packaged production jar: the feedback page, the 360
 * answer dialog and the development page have touch targets of at least 44 px (fields, radio buttons, checkboxes,
 * tabs, buttons, the training status select). Screenshots: docs/screenshots/tablet-feedback-768x1024.png,
 * tablet-feedback-answer-768x1024.png, tablet-development-768x1024.png; and a manager's 360 summary and development
 * page on a laptop (feedback-360-1366x900.png, development-manager-1366x900.png).
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=FeedbackTabletBrowserTest}.
 */
@SharedJar("feedback-tablet")
class FeedbackTabletBrowserTest extends BrowserTest {

    private static final int MIN_TOUCH_TARGET = 44;
    private static final String INPUT_HEIGHT = """
            const part = arguments[0].shadowRoot && arguments[0].shadowRoot.querySelector('[part~="input-field"]');
            return (part || arguments[0]).getBoundingClientRect().height;""";

    @Test
    void aRepGivesFeedbackAnswersA360AndUpdatesTrainingOnATablet() throws IOException {
        try (Browser tablet = tablet("feedback-tablet", 768, 1024)) {
            tablet.logIn("rep", "rep");

            tablet.get("/feedback");
            tablet.visible(By.id("feedback-send"));
            tablet.waitUntilIdle();
            touchTarget(tablet, By.id("feedback-send"), "send button");
            touchTarget(tablet, By.cssSelector("#feedback-tabs vaadin-tab"), "tab");
            touchTarget(tablet, By.cssSelector("#feedback-kind vaadin-radio-button"), "kind radio button");
            touchTarget(tablet, By.id("feedback-share"), "share checkbox");
            inputTarget(tablet, By.id("feedback-about"), "'about' field");
            inputTarget(tablet, By.id("feedback-text"), "text area");
            tablet.screenshot(app, "tablet-feedback-768x1024.png");

            tablet.get("/feedback?tab=requests");
            WebElement answer = tablet.visible(By.cssSelector("vaadin-button[id^='feedback-answer-']"));
            tablet.waitUntilIdle();
            touchTarget(tablet, By.cssSelector("vaadin-button[id^='feedback-answer-']"), "answer button");
            tablet.tap(answer);
            tablet.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-rating")));
            tablet.waitUntilIdle();
            tablet.waitUntilAnimationsFinished();
            touchTarget(tablet, By.cssSelector("#answer-rating vaadin-radio-button"), "rating radio button");
            touchTarget(tablet, By.id("feedback-answer-send"), "send answer button");
            tablet.screenshot(app, "tablet-feedback-answer-768x1024.png");

            tablet.get("/development");
            tablet.visible(By.id("training-items"));
            tablet.waitUntilIdle();
            inputTarget(tablet, By.cssSelector("vaadin-select[id^='training-status-']"), "training status select");
            tablet.screenshot(app, "tablet-development-768x1024.png");
        }
    }

    @Test
    void aManagerReadsA360SummaryOnALaptop() throws IOException {
        try (Browser laptop = desktop("feedback-laptop", 1366, 900)) {
            laptop.logIn("manager", "manager");
            laptop.get("/feedback?tab=360");
            laptop.visible(By.id("feedback-summary"));
            laptop.waitUntilIdle();
            assertThat(laptop.driver.findElements(By.cssSelector(".feedback-relation"))).hasSizeGreaterThanOrEqualTo(3);
            laptop.screenshot(app, "feedback-360-1366x900.png");

            laptop.get("/development");
            laptop.visible(By.id("coaching-session-log"));
            laptop.waitUntilIdle();
            laptop.screenshot(app, "development-manager-1366x900.png");
        }
    }

    private static void touchTarget(Browser tablet, By by, String what) {
        WebElement element = tablet.driver.findElement(by);
        double height = element.getRect().getHeight();
        System.out.printf("[browser] touch target %s: %d × %.0f px%n", what, element.getRect().getWidth(), height);
        assertThat(height).as(what + " height (px)").isGreaterThanOrEqualTo(MIN_TOUCH_TARGET);
    }

    /** A field's tappable part is its input box, not the label above it. */
    private static void inputTarget(Browser tablet, By by, String what) {
        WebElement element = tablet.driver.findElement(by);
        double height = ((Number) tablet.js(INPUT_HEIGHT, element)).doubleValue();
        System.out.printf("[browser] touch target %s (input): %.0f px high%n", what, height);
        assertThat(height).as(what + " input height (px)").isGreaterThanOrEqualTo(MIN_TOUCH_TARGET);
    }
}
