package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A rep wins a deal on the board while a manager watches the team dashboard and a wall screen shows the team: the
 * scenario shared by {@link LiveDashboardBrowserTest} (does the win reach both screens, live) and
 * {@link LiveLatencyBenchmark} (how fast, against the one-second budget). Times run from the rep's click on "Mark as
 * won" to the change seen by a MutationObserver in each page (performance.timeOrigin + performance.now(), one machine,
 * one clock). The jar must run without the undo window (decision 012), so a confirmed win is a win at once.
 */
final class LiveWin {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> STAGES = List.of("PROSPECT", "QUALIFIED", "PROPOSAL", "NEGOTIATION");

    private final Browser manager;
    private final Browser wall;
    private final Browser rep;
    private final String revokeId;

    private LiveWin(Browser manager, Browser wall, Browser rep, String revokeId) {
        this.manager = manager;
        this.wall = wall;
        this.rep = rep;
        this.revokeId = revokeId;
    }

    /**
     * The manager signs in, creates a wall-screen link for the team on /displays and opens the team dashboard; the
     * wall browser (not signed in) opens the link; the rep signs in and opens the deals board. Each settled.
     */
    static LiveWin open(Browser manager, Browser wall, Browser rep) {
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

        wall.driver.get(wallUrl);
        wall.visible(By.id("wall"));
        wall.visible(By.cssSelector("#wall .wall-slide.active sp-echart"));
        assertThat(wall.driver.findElements(By.id("wall-denied"))).isEmpty();
        wall.waitUntilChartsRendered();
        wall.waitUntilAnimationsFinished();

        rep.logIn("rep", "rep");
        rep.get("/deals");
        rep.visible(By.id("deal-board"));
        rep.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".deal-card[data-deal-id]")));
        rep.waitUntilIdle();

        manager.get("/dashboard");
        manager.visible(By.id("team-dashboard"));
        manager.visible(By.cssSelector("#team-dashboard .kpi-card .kpi-value"));
        manager.waitUntilChartsRendered();
        manager.waitUntilAnimationsFinished();
        wall.waitUntilIdle();
        wall.waitUntilChartsRendered();
        return new LiveWin(manager, wall, rep, created.iterator().next());
    }

    /** The id of the Revoke button of the wall's link on /displays. */
    String revokeId() {
        return revokeId;
    }

    /** What one win showed, and when. */
    record Timing(String dealId, String dealName, String kpiBefore, String kpiAfter, String banner,
                  long dashboardMs, long wallMs, long repBoardMs, String machine) {

        String describe() {
            return String.format("click on \"Mark as won\" of deal %s \"%s\" -> dashboard first KPI %s -> %s: %d ms;"
                    + " wall banner \"%s\": %d ms; (the rep's own board without the deal: %d ms; %s)", dealId, dealName,
                    kpiBefore, kpiAfter, dashboardMs, banner.strip(), wallMs, repBoardMs, machine);
        }
    }

    /**
     * One unmeasured move (prospect → qualified) through the same server paths as a win (stage move, event after
     * commit, dashboard and wall recomputed and pushed), so what is measured next is a warm server, not the first JIT
     * compilation after start.
     */
    void warmUp() {
        watchForMutations(manager);
        watchForMutations(wall);
        WebElement card = rep.visible(By.cssSelector(column("PROSPECT") + " .deal-card[data-deal-id]"));
        String id = card.getDomAttribute("data-deal-id");
        card.findElement(By.cssSelector(".deal-card-next")).click();
        rep.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(column("QUALIFIED") + " .deal-card[data-deal-id='" + id + "']")));
        pushedAndSettled();
    }

    /** Wins a deal in negotiation (moving one up from an earlier stage first when there is none) and times it. */
    Timing winADeal() {
        String dealId = dealInNegotiation();
        WebElement card = rep.visible(By.cssSelector(column("NEGOTIATION") + " .deal-card[data-deal-id='" + dealId + "']"));
        String dealName = card.findElement(By.cssSelector(".deal-card-name")).getText();
        assertThat(card.findElement(By.cssSelector(".deal-card-next")).getDomAttribute("aria-label"))
                .isEqualTo("Move to Won");

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

        double clickedAt = number(rep.waiting(WAIT).until(d -> rep.js("return window.__spClickedAt")));
        double kpiAt = number(manager.waiting(WAIT).until(d -> manager.js("return window.__spChangedAt")));
        double bannerAt = number(wall.waiting(WAIT).until(d -> wall.js("return window.__spShownAt")));
        double ownBoardAt = number(rep.waiting(WAIT).until(d -> rep.js("return window.__spOwnBoardAt")));
        String machine = String.format("%d CPUs, load average %.1f", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return new Timing(dealId, dealName, kpiBefore, (String) manager.js("return window.__spValue"),
                (String) wall.js("return window.__spBanner"), Math.round(kpiAt - clickedAt),
                Math.round(bannerAt - clickedAt), Math.round(ownBoardAt - clickedAt), machine);
    }

    /** Both watching screens have had the push of the rep's last move, been still for 0.7 s since, charts drawn. */
    private void pushedAndSettled() {
        rep.waitUntilIdle();
        waitUntilUpdatedAndQuiet(manager);
        waitUntilUpdatedAndQuiet(wall);
        manager.waitUntilChartsRendered();
        wall.waitUntilChartsRendered();
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

    /** The id of a deal in negotiation, moved up stage by stage from the latest earlier stage that has one. */
    private String dealInNegotiation() {
        int stage = STAGES.size() - 1;
        while (stage >= 0 && cards(STAGES.get(stage)).isEmpty()) {
            stage--;
        }
        assertThat(stage).as("the rep has an open deal to win").isGreaterThanOrEqualTo(0);
        String id = cards(STAGES.get(stage)).getFirst().getDomAttribute("data-deal-id");
        if (stage == STAGES.size() - 1) {
            return id;
        }
        watchForMutations(manager);
        watchForMutations(wall);
        for (; stage < STAGES.size() - 1; stage++) {
            rep.visible(By.cssSelector(".deal-card[data-deal-id='" + id + "'] .deal-card-next")).click();
            rep.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(column(STAGES.get(stage + 1)) + " .deal-card[data-deal-id='" + id + "']")));
            rep.waitUntilIdle();
        }
        pushedAndSettled();
        return id;
    }

    private List<WebElement> cards(String stage) {
        return rep.driver.findElements(By.cssSelector(column(stage) + " .deal-card[data-deal-id]"));
    }

    private static Set<String> revokeButtonIds(Browser manager) {
        return manager.driver.findElements(By.cssSelector("#displays-grid vaadin-button[id^='revoke-']")).stream()
                .map(button -> button.getDomAttribute("id")).collect(Collectors.toSet());
    }

    private static String column(String stage) {
        return ".deal-column[data-stage='" + stage + "']";
    }

    private static double number(Object value) {
        assertThat(value).as("a timestamp from the page").isInstanceOf(Number.class);
        return ((Number) value).doubleValue();
    }
}
