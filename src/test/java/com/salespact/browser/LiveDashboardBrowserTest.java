package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live updates end to end, three browsers at 1920×1080 on one machine against the packaged production jar: a manager
 * creates a wall-screen link on /displays and watches the team dashboard; a second browser (no login) shows the wall;
 * a rep taps the arrow of a NEGOTIATION deal on the board (next stage: WON) and confirms the win (the jar runs with
 * no undo window, decision 012). The time from the rep's "Mark as won" click to
 * (a) the dashboard's first KPI value changing and (b) the wall's "… just won …" banner naming the deal is taken in
 * the browsers (performance.timeOrigin + performance.now(), recorded by MutationObservers installed before the click)
 * and must be ≤ 1 s each ({@code -Dsalespact.live.max-ms} overrides the budget). One unmeasured prospect → qualified
 * move runs first so the server paths are warm; the rep's own board update is printed for comparison. Then the manager revokes the link and the wall shows "Display not authorised" without a
 * reload. Screenshots: docs/screenshots/dashboard-1920x1080.png, wall-1920x1080.png, wall-celebration-1920x1080.png,
 * wall-revoked.png; the latencies also go to target/browser-test/live-latency.txt.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=LiveDashboardBrowserTest}.
 */
// The undo window (decision 012) is off here: this measures the way from a confirmed win to the screens.
@SharedJar(value = "live", arguments = "--salespact.deals.undo-seconds=0")
class LiveDashboardBrowserTest extends BrowserTest {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    /** The product's budget: a win shows on the dashboard and the wall within a second ({@code -Dsalespact.live.max-ms}). */
    private static final long MAX_LATENCY_MS = Long.getLong("salespact.live.max-ms", 1000);
    private static final Duration REVOKE_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aWonDealReachesDashboardAndWallWithinASecondAndARevokedWallGoesDark() throws IOException {
        try (Browser manager = desktop("manager", WIDTH, HEIGHT);
             Browser wall = desktop("wall", WIDTH, HEIGHT);
             Browser rep = desktop("rep", WIDTH, HEIGHT)) {

            // The manager creates a wall-screen link for the team.
            manager.logIn("manager", "manager");
            manager.get("/displays");
            manager.visible(By.id("displays-view"));
            manager.waitUntilIdle();
            Set<String> existing = revokeButtonIds(manager);
            WebElement name = manager.visible(By.cssSelector("#displays-view vaadin-text-field input"));
            name.sendKeys("Browser test TV");
            manager.visible(By.id("create-display")).click();
            WebElement link = manager.visible(By.id("new-display-link"));
            String wallUrl = link.getDomAttribute("href");
            assertThat(wallUrl).contains("/wall/");
            manager.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
            manager.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-display-link")));
            manager.waitUntilIdle();
            Set<String> created = manager.waiting().until(d -> {
                Set<String> now = revokeButtonIds(manager);
                now.removeAll(existing);
                return now.isEmpty() ? null : now;
            });
            assertThat(created).as("one new revoke button for the new display").hasSize(1);
            String revokeId = created.iterator().next();

            // The second browser, not signed in, opens the wall.
            wall.driver.get(wallUrl);
            wall.visible(By.id("wall"));
            wall.visible(By.cssSelector("#wall .wall-slide.active sp-echart"));
            assertThat(wall.driver.findElements(By.id("wall-denied"))).isEmpty();
            wall.waitUntilChartsRendered();
            wall.waitUntilAnimationsFinished();

            // The rep finds a deal in negotiation (or moves a proposal into negotiation first).
            rep.logIn("rep", "rep");
            rep.get("/deals");
            rep.visible(By.id("deal-board"));
            rep.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".deal-card[data-deal-id]")));
            rep.waitUntilIdle();
            if (rep.driver.findElements(By.cssSelector(column("NEGOTIATION") + " .deal-card")).isEmpty()) {
                WebElement proposal = rep.visible(By.cssSelector(column("PROPOSAL") + " .deal-card"));
                String id = proposal.getDomAttribute("data-deal-id");
                proposal.findElement(By.cssSelector(".deal-card-next")).click();
                rep.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(column("NEGOTIATION") + " .deal-card[data-deal-id='" + id + "']")));
                rep.waitUntilIdle();
            }
            WebElement card = rep.visible(By.cssSelector(column("NEGOTIATION") + " .deal-card[data-deal-id]"));
            String dealId = card.getDomAttribute("data-deal-id");
            String dealName = card.findElement(By.cssSelector(".deal-card-name")).getText();
            WebElement arrow = card.findElement(By.cssSelector(".deal-card-next"));
            assertThat(arrow.getDomAttribute("aria-label")).isEqualTo("Move to Won");

            // The manager's dashboard, settled (also after the rep's possible move above).
            manager.get("/dashboard");
            manager.visible(By.id("team-dashboard"));
            manager.visible(By.cssSelector("#team-dashboard .kpi-card .kpi-value"));
            manager.waitUntilChartsRendered();
            manager.waitUntilAnimationsFinished();
            wall.waitUntilIdle();
            wall.waitUntilChartsRendered();

            // One unmeasured move first (prospect -> qualified): the same server paths as the measured one (stage
            // move, event after commit, dashboard and wall recomputed and pushed) run once, so the measurement is of
            // a warm server, not of the first JIT compilation after start.
            WebElement prospect = rep.visible(By.cssSelector(column("PROSPECT") + " .deal-card[data-deal-id]"));
            String warmUpId = prospect.getDomAttribute("data-deal-id");
            watchForMutations(manager);
            watchForMutations(wall);
            prospect.findElement(By.cssSelector(".deal-card-next")).click();
            rep.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(column("QUALIFIED") + " .deal-card[data-deal-id='" + warmUpId + "']")));
            rep.waitUntilIdle();
            waitUntilUpdatedAndQuiet(manager);
            waitUntilUpdatedAndQuiet(wall);
            manager.waitUntilChartsRendered();
            wall.waitUntilChartsRendered();

            manager.screenshot(app, "dashboard-" + WIDTH + "x" + HEIGHT + ".png");
            wall.screenshot(app, "wall-" + WIDTH + "x" + HEIGHT + ".png");

            // Watchers in each page, then the click, all timed with the pages' own clocks.
            String kpiBefore = (String) manager.js("""
                    const root = document.getElementById('team-dashboard');
                    const first = () => root.querySelector('.kpi-card .kpi-value');
                    const initial = first().textContent;
                    window.__spChangedAt = null;
                    const observer = new MutationObserver(() => {
                      const value = first();
                      if (window.__spChangedAt === null && value && value.textContent !== initial) {
                        window.__spChangedAt = performance.timeOrigin + performance.now();
                        window.__spValue = value.textContent;
                        observer.disconnect();
                      }
                    });
                    observer.observe(root, {subtree: true, childList: true, characterData: true});
                    return initial;""");
            wall.js("""
                    const name = arguments[0];
                    window.__spShownAt = null;
                    window.__spNotReloaded = true;
                    const check = () => {
                      const banner = document.getElementById('wall-banner');
                      if (window.__spShownAt === null && banner && banner.classList.contains('show')
                          && banner.textContent.includes('just won') && banner.textContent.includes(name)) {
                        window.__spShownAt = performance.timeOrigin + performance.now();
                        window.__spBanner = banner.textContent;
                        observer.disconnect();
                      }
                    };
                    const observer = new MutationObserver(check);
                    observer.observe(document.body, {subtree: true, childList: true, characterData: true,
                        attributes: true, attributeFilter: ['class']});""", dealName);
            rep.js("""
                    const id = arguments[0];
                    window.__spClickedAt = null;
                    document.addEventListener('click', e => {
                      const onConfirm = e.composedPath().some(node => node.id === 'closing-confirm');
                      if (window.__spClickedAt === null && onConfirm) {
                        window.__spClickedAt = performance.timeOrigin + performance.now();
                      }
                    }, true);
                    window.__spOwnBoardAt = null;
                    const board = document.getElementById('deal-board');
                    const gone = new MutationObserver(() => {
                      if (window.__spOwnBoardAt === null
                          && !board.querySelector('.deal-card[data-deal-id="' + id + '"]')) {
                        window.__spOwnBoardAt = performance.timeOrigin + performance.now();
                        gone.disconnect();
                      }
                    });
                    gone.observe(board, {subtree: true, childList: true});""", dealId);

            // Found again right before the click, in case a live refresh has redrawn the board meanwhile.
            rep.visible(By.cssSelector(".deal-card[data-deal-id='" + dealId + "'] .deal-card-next")).click();
            // Winning asks for the amount and close date first; the clock starts at "Mark as won".
            rep.visible(By.id("closing-confirm")).click();

            Duration wait = Duration.ofSeconds(10);
            double clickedAt = number(rep.waiting(wait).until(d -> rep.js("return window.__spClickedAt")));
            double kpiAt = number(manager.waiting(wait).until(d -> manager.js("return window.__spChangedAt")));
            double bannerAt = number(wall.waiting(wait).until(d -> wall.js("return window.__spShownAt")));
            double ownBoardAt = number(rep.waiting(wait).until(d -> rep.js("return window.__spOwnBoardAt")));
            long kpiMs = Math.round(kpiAt - clickedAt);
            long bannerMs = Math.round(bannerAt - clickedAt);
            long ownMs = Math.round(ownBoardAt - clickedAt);
            String machine = String.format("%d CPUs, load average %.1f", Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String kpiAfter = (String) manager.js("return window.__spValue");
            String bannerText = (String) wall.js("return window.__spBanner");
            String report = String.format("click on \"Mark as won\" of deal %s \"%s\" -> dashboard first KPI %s -> %s: %d ms;"
                    + " wall banner \"%s\": %d ms; (the rep's own board without the deal: %d ms; %s)", dealId, dealName,
                    kpiBefore, kpiAfter, kpiMs, bannerText.strip(), bannerMs, ownMs, machine);
            System.out.println("[browser] live latency: " + report);
            Files.writeString(app.workDir.resolve("live-latency.txt"),
                    "dashboardKpiMs=" + kpiMs + "\nwallBannerMs=" + bannerMs + "\nrepBoardMs=" + ownMs + "\n# " + report + "\n");

            // The banner while it is up (it hides after 15 s), then the board without the won deal.
            wall.waitUntilAnimationsFinished();
            assertThat(wall.driver.findElement(By.id("wall-banner")).getDomAttribute("class")).contains("show");
            wall.screenshot(app, "wall-celebration-" + WIDTH + "x" + HEIGHT + ".png");
            rep.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector(".deal-card[data-deal-id='" + dealId + "']"), 0));

            assertThat(kpiMs).as("click -> dashboard first KPI changed (ms; " + machine + ")").isBetween(0L, MAX_LATENCY_MS);
            assertThat(bannerMs).as("click -> wall \"just won\" banner (ms; " + machine + ")").isBetween(0L, MAX_LATENCY_MS);

            // Revoking the link blanks the wall at once, without a reload.
            manager.get("/displays");
            manager.visible(By.id("displays-view"));
            manager.waitUntilIdle();
            wall.js("""
                    window.__spDeniedAt = null;
                    const observer = new MutationObserver(() => {
                      if (window.__spDeniedAt === null && document.getElementById('wall-denied')) {
                        window.__spDeniedAt = performance.timeOrigin + performance.now();
                        observer.disconnect();
                      }
                    });
                    observer.observe(document.body, {subtree: true, childList: true});""");
            WebElement revoke = manager.visible(By.id(revokeId));
            manager.js("""
                    const button = arguments[0];
                    window.__spRevokedAt = null;
                    document.addEventListener('click', e => {
                      if (window.__spRevokedAt === null && e.composedPath().includes(button)) {
                        window.__spRevokedAt = performance.timeOrigin + performance.now();
                      }
                    }, true);""", revoke);
            revoke.click();
            WebElement denied = wall.waiting(REVOKE_TIMEOUT).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("wall-denied")));
            assertThat(denied.getText()).contains("Display not authorised");
            assertThat(wall.js("return window.__spNotReloaded === true")).as("the wall page was not reloaded").isEqualTo(true);
            double revokedAt = number(manager.js("return window.__spRevokedAt"));
            double deniedAt = number(wall.waiting(wait).until(d -> wall.js("return window.__spDeniedAt")));
            System.out.printf("[browser] live latency: click on Revoke -> wall shows \"Display not authorised\": %d ms%n",
                    Math.round(deniedAt - revokedAt));
            Files.writeString(app.workDir.resolve("live-latency.txt"),
                    "wallRevokedMs=" + Math.round(deniedAt - revokedAt) + "\n", java.nio.file.StandardOpenOption.APPEND);
            wall.waitUntilAnimationsFinished();
            wall.screenshot(app, "wall-revoked.png");

            // And it stays dark when reloaded.
            wall.driver.navigate().refresh();
            wall.visible(By.id("wall-denied"));
            assertThat(wall.driver.findElements(By.id("wall-banner"))).isEmpty();
            // All of it ran under the Content-Security-Policy (push websocket, charts, dialogs): nothing blocked.
            manager.assertNoCspViolations();
            wall.assertNoCspViolations();
            rep.assertNoCspViolations();
        }
    }

    /** Counts DOM changes in the page from now on. */
    private static void watchForMutations(Browser browser) {
        browser.js("""
                window.__spMutations = 0;
                window.__spLastMutation = performance.now();
                if (window.__spMutationObserver) window.__spMutationObserver.disconnect();
                window.__spMutationObserver = new MutationObserver(() => {
                  window.__spMutations++;
                  window.__spLastMutation = performance.now();
                });
                window.__spMutationObserver.observe(document.body,
                    {subtree: true, childList: true, characterData: true, attributes: true});""");
    }

    /** A pushed update has arrived (the page changed) and the page has been still for 0.7 s since. */
    private static void waitUntilUpdatedAndQuiet(Browser browser) {
        browser.waiting().until(d -> Boolean.TRUE.equals(browser.js(
                "return window.__spMutations > 0 && performance.now() - window.__spLastMutation > 700;")));
        browser.js("window.__spMutationObserver.disconnect();");
    }

    private static String column(String stage) {
        return ".deal-column[data-stage='" + stage + "']";
    }

    private static Set<String> revokeButtonIds(Browser manager) {
        List<WebElement> buttons = manager.driver.findElements(By.cssSelector("#displays-grid vaadin-button[id^='revoke-']"));
        return buttons.stream().map(button -> button.getDomAttribute("id")).collect(Collectors.toSet());
    }

    private static double number(Object value) {
        assertThat(value).as("a timestamp from the page").isInstanceOf(Number.class);
        return ((Number) value).doubleValue();
    }
}
