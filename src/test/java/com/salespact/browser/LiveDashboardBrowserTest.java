package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live updates end to end, three browsers at 1920×1080 on one machine against the packaged production jar: a manager
 * creates a wall-screen link on /displays and watches the team dashboard; a second browser (no login) shows the wall;
 * a rep wins a deal in negotiation on the board ({@link LiveWin}). The dashboard's first KPI changes and the wall's
 * "… just won …" banner names the deal, pushed without a reload; the times are printed and written to
 * target/browser-test/live-latency.txt, while the one-second budget is held by {@link LiveLatencyBenchmark} (a budget
 * in a pass/fail test would make CI's verdict depend on the machine's load). Then the manager revokes the link and
 * the wall shows "Display not authorised" without a reload. Screenshots: docs/screenshots/dashboard-1920x1080.png,
 * wall-1920x1080.png, wall-celebration-1920x1080.png, wall-revoked.png.
 *
 * <p>Run: {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify
 * -Dit.test=LiveDashboardBrowserTest}.
 */
// The undo window (decision 012) is off here: this measures the way from a confirmed win to the screens.
@SharedJar(value = "live", arguments = "--salespact.deals.undo-seconds=0")
class LiveDashboardBrowserTest extends BrowserTest {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final Duration REVOKE_TIMEOUT = Duration.ofSeconds(5);

    @Test
    void aWonDealReachesDashboardAndWallLiveAndARevokedWallGoesDark() throws IOException {
        try (Browser manager = desktop("manager", WIDTH, HEIGHT);
             Browser wall = desktop("wall", WIDTH, HEIGHT);
             Browser rep = desktop("rep", WIDTH, HEIGHT)) {

            // The manager makes a wall-screen link and watches the dashboard, the wall shows it, the rep is on the board.
            LiveWin live = LiveWin.open(manager, wall, rep);
            live.warmUp();
            manager.screenshot(app, "dashboard-" + WIDTH + "x" + HEIGHT + ".png");
            wall.screenshot(app, "wall-" + WIDTH + "x" + HEIGHT + ".png");

            // The win reaches both screens by push, without a reload (how fast: LiveLatencyBenchmark, one second).
            LiveWin.Timing win = live.winADeal();
            System.out.println("[browser] live latency: " + win.describe());
            Files.writeString(app.workDir.resolve("live-latency.txt"), "dashboardKpiMs=" + win.dashboardMs()
                    + "\nwallBannerMs=" + win.wallMs() + "\nrepBoardMs=" + win.repBoardMs() + "\n# " + win.describe() + "\n");
            assertThat(win.kpiAfter()).as("the dashboard's first KPI after the win").isNotEqualTo(win.kpiBefore());
            assertThat(win.banner()).contains("just won", win.dealName());

            // The banner while it is up (it hides after 15 s), then the board without the won deal.
            wall.waitUntilAnimationsFinished();
            assertThat(wall.driver.findElement(By.id("wall-banner")).getDomAttribute("class")).contains("show");
            wall.screenshot(app, "wall-celebration-" + WIDTH + "x" + HEIGHT + ".png");
            rep.waiting().until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector(".deal-card[data-deal-id='" + win.dealId() + "']"), 0));

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
            WebElement revoke = manager.visible(By.id(live.revokeId()));
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
            double deniedAt = number(wall.waiting(REVOKE_TIMEOUT).until(d -> wall.js("return window.__spDeniedAt")));
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

    private static double number(Object value) {
        assertThat(value).as("a timestamp from the page").isInstanceOf(Number.class);
        return ((Number) value).doubleValue();
    }
}
