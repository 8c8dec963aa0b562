package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Commission in a real browser against the production jar: a rep on a portrait tablet reads their statement (lines
 * with their rules, totals) and questions a line with touch; a manager on a laptop sees the plan editor. Every
 * button tapped is at least 44 px high. Screenshots: docs/screenshots/commission-rep-768x1024.png,
 * commission-question-768x1024.png, commission-manager-1366x768.png.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=CommissionBrowserTest}.
 */
@SharedJar("commission")
class CommissionBrowserTest extends BrowserTest {

    private static final int MIN_TOUCH_TARGET = 44;

    @Test
    void aRepChecksAndQuestionsTheirStatementOnATablet() throws IOException {
        try (Browser tablet = tablet("commission-rep", 768, 1024)) {
            tablet.logIn("rep", "rep");
            tablet.get("/commission");
            tablet.visible(By.id("commission-lines"));
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".commission-rule")));
            tablet.waitUntilIdle();
            assertThat(tablet.driver.findElement(By.id("commission-heading")).getText()).startsWith("Ravi Patel · Q");
            assertThat(tablet.driver.findElement(By.cssSelector("#commission-total .kpi-value")).getText()).startsWith("€");
            tablet.screenshot(app, "commission-rep-768x1024.png");
            System.out.println("[browser] commission page width " + tablet.js(
                    "return [document.getElementById('commission-view').scrollWidth, innerWidth]"));

            List<WebElement> questions = tablet.driver.findElements(By.cssSelector("#commission-lines .commission-question"));
            assertThat(questions).as("a Question button per line").isNotEmpty();
            WebElement first = questions.getFirst();
            assertThat(first.getRect().getHeight()).as("Question button height").isGreaterThanOrEqualTo(MIN_TOUCH_TARGET);
            tablet.tap(first);
            WebElement text = tablet.visible(By.cssSelector("#commission-question-text textarea"));
            text.sendKeys("The gross profit on this deal looks low");
            tablet.waitUntilAnimationsFinished();
            tablet.screenshot(app, "commission-question-768x1024.png");
            WebElement send = tablet.driver.findElement(By.id("commission-question-send"));
            assertThat(send.getRect().getHeight()).as("Send button height").isGreaterThanOrEqualTo(MIN_TOUCH_TARGET);
            tablet.tap(send);
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#commission-lines .commission-question-open")));
            tablet.waitUntilIdle();
            assertThat(tablet.driver.findElement(By.id("commission-questions")).getText())
                    .contains("The gross profit on this deal looks low", "Waiting for an answer");
        }
    }

    @Test
    void aManagerSeesTheQuestionAndThePlanOfATeamRep() throws IOException {
        try (Browser laptop = desktop("commission-manager", 1366, 768)) {
            laptop.logIn("manager", "manager");
            laptop.get("/commission");
            laptop.visible(By.id("commission-rep"));
            // Before a rep is picked: the team at a glance.
            laptop.visible(By.id("commission-team-reps"));
            laptop.waitUntilIdle();
            assertThat(laptop.driver.findElement(By.id("commission-team-summary")).getText())
                    .contains("Ravi Patel", "Commission so far", "Open questions");
            laptop.screenshot(app, "commission-team-1366x768.png");
            WebElement picker = laptop.driver.findElement(By.cssSelector("#commission-rep input"));
            picker.sendKeys("Ravi");
            laptop.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
            laptop.driver.findElement(By.cssSelector("vaadin-combo-box-item")).click();
            laptop.visible(By.id("commission-plan-editor"));
            laptop.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".commission-rule")));
            laptop.waitUntilIdle();
            assertThat(laptop.driver.getCurrentUrl()).contains("/commission?").contains("rep=").contains("period=2026-Q4");
            laptop.screenshot(app, "commission-manager-1366x768.png");
        }
    }
}
