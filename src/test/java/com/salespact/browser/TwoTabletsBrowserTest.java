package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14, "merge, don't overwrite", in two Chromium profiles (two tablets, one rep) on one deal page: tablet A saves
 * a new amount, tablet B then saves a new next step from its older page, and both edits are kept without a question;
 * then both change the next step, and B is asked for that field only and keeps the value it chooses.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=TwoTabletsBrowserTest}.
 */
class TwoTabletsBrowserTest extends BrowserTest {

    private static final By AMOUNT = By.cssSelector("vaadin-big-decimal-field[data-draft-key='amount'] input");
    private static final By NEXT_STEP = By.cssSelector("vaadin-text-area[data-draft-key='nextStep'] textarea");

    @Test
    void differentFieldsAreBothKeptAndTheSameFieldIsAskedPerField() throws IOException {
        SalesPactJar jar = startJar("two-tablets");
        try (Browser a = tablet(jar, "tablet-a", 768, 1024);
             Browser b = tablet(jar, "tablet-b", 768, 1024)) {
            a.logIn("rep", "rep");
            b.logIn("rep", "rep");
            a.get("/deals?view=list");
            String deal = "/" + a.visible(By.cssSelector("a.deal-list-open")).getDomAttribute("href")
                    .replaceFirst("^/", "");
            a.get(deal);
            b.get(deal);
            a.waitUntilIdle();
            b.waitUntilIdle();

            String amount = new java.math.BigDecimal(value(a, AMOUNT).replace(",", "")).add(
                    java.math.BigDecimal.valueOf(1234)).toBigInteger().toString();
            type(a, AMOUNT, amount);
            save(a);
            type(b, NEXT_STEP, "Call the CFO on Friday");
            save(b);
            assertThat(b.driver.findElements(By.id("field-conflict-dialog"))).as("no real conflict, no question")
                    .isEmpty();
            b.waiting().until(d -> value(b, AMOUNT).replace(",", "").replaceFirst("\\.0+$", "").equals(amount));

            a.driver.navigate().refresh();
            a.waitUntilIdle();
            a.waiting().until(d -> value(a, NEXT_STEP).equals("Call the CFO on Friday"));
            assertThat(value(a, AMOUNT).replace(",", "").replaceFirst("\\.0+$", "")).isEqualTo(amount);

            // Now both change the next step: A first, then B from its older page.
            type(a, NEXT_STEP, "Send the contract on Monday");
            save(a);
            type(b, NEXT_STEP, "Wait for the board's decision");
            save(b);
            WebElement choice = b.visible(By.id("conflict-nextStep"));
            assertThat(choice.getText()).contains("Yours: Wait for the board's decision")
                    .contains("Theirs: Send the contract on Monday");
            b.driver.findElement(By.id("conflict-save")).click();
            b.waitUntilIdle();

            a.driver.navigate().refresh();
            a.waitUntilIdle();
            a.waiting().until(d -> value(a, NEXT_STEP).equals("Wait for the board's decision"));
            assertThat(value(a, AMOUNT).replace(",", "").replaceFirst("\\.0+$", ""))
                    .as("the amount saved earlier is still there").isEqualTo(amount);
        }
    }

    private static String value(Browser tablet, By field) {
        return String.valueOf(tablet.js("return arguments[0].value;", tablet.visible(field)));
    }

    private static void type(Browser tablet, By field, String text) {
        WebElement input = tablet.visible(field);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
        tablet.waiting().until(d -> value(tablet, field).equals(text));
    }

    private static void save(Browser tablet) {
        tablet.driver.findElement(By.id("save-deal")).click();
        tablet.waitUntilIdle();
    }
}
