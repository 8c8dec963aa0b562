package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The manager's pact list: a click on a row opens the pact in force (PactGovernsViewTest), so a tap on a row's own
 * button must do only what the button says: "Renew" or "Continue new version" on a rep with a signed pact opens a
 * draft's step, not the signed pact the row would open. Only a real browser shows whether the button's click also
 * reached the row (it does not: Vaadin's grid leaves a click on a button in a cell to the button).
 */
// A fixed December day: the demo company's pacts are then due for renewal, whatever day the tests run.
@SharedJar(value = "pact-list", arguments = "--salespact.clock.fixed=2026-12-07T10:00:00Z")
class PactListBrowserTest extends BrowserTest {

    @Test
    void aRowsButtonDoesWhatItSaysNotWhatTheRowDoes() {
        Browser browser = desktop("pact-list-manager", 1366, 768);
        browser.logIn("manager", "manager");
        browser.get("/pacts");
        browser.visible(By.id("pacts-grid"));
        browser.waitUntilIdle();
        List<WebElement> toADraft = browser.driver.findElements(By.cssSelector("vaadin-button[id^='pact-action-']"))
                .stream().filter(button -> List.of("Renew", "Continue new version").contains(button.getText())).toList();
        assertThat(toADraft).as("a rep with a signed pact whose button leads to a draft").isNotEmpty();

        toADraft.getFirst().click();
        browser.waiting().until(ExpectedConditions.not(ExpectedConditions.urlMatches(".*/pacts$")));
        browser.waitUntilIdle();

        assertThat(browser.driver.getCurrentUrl()).as("the draft's step, not the signed pact's review")
                .matches(".*/pacts/\\d+/[a-z-]+$").doesNotEndWith("/review");
    }
}
