package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 16, points 7 and 8, on a tablet with a touch screen against the packaged production jar: everything a rep taps
 * on the deals board, the deals list, a deal page and in the main layout (drawer, sign out) is at least 44 × 44 px,
 * measured in the browser with {@code getBoundingClientRect()} (text fields, combo boxes, selects and date pickers by
 * their input field, the part a finger hits); long deal titles on the board are not cut to one line; the floating Log
 * button covers no badge of the board or the list scrolled to its end. Screenshots: docs/screenshots/touch-*.png.
 */
@SharedJar("touch")
class TouchTargetsBrowserTest extends BrowserTest {

    private static final double MIN_TOUCH_TARGET = 44;

    /** What a rep taps: buttons, fields, boxes, links, the menu. */
    private static final String TAPPABLE = "vaadin-button, vaadin-text-field, vaadin-combo-box, vaadin-select,"
            + " vaadin-date-picker, vaadin-integer-field, vaadin-big-decimal-field, vaadin-number-field,"
            + " vaadin-checkbox, vaadin-side-nav-item, vaadin-drawer-toggle, a[href]";

    /**
     * The visible tappable elements under a root (null: the document) as [description, width, height]. A field counts
     * by its input field; what is hidden (display, visibility, a closed drawer) does not count.
     */
    private static final String MEASURE = """
            const root = arguments[1] ? document.querySelector(arguments[1]) : document;
            const out = [];
            for (const el of root.querySelectorAll(arguments[0])) {
              if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
              if (el.closest('[aria-hidden="true"], [inert]')) continue;
              let target = el;
              if (el.shadowRoot && !el.matches('vaadin-button, vaadin-checkbox, vaadin-side-nav-item, vaadin-drawer-toggle')) {
                target = el.shadowRoot.querySelector('[part~="input-field"]') || el;
              }
              const r = target.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('label') || '')
                  .replace(/\\s+/g, ' ').trim().slice(0, 40);
              out.push([el.localName + (el.id ? '#' + el.id : '')
                  + (el.classList.length ? '.' + [...el.classList].join('.') : '') + ' "' + text + '"',
                  r.width, r.height]);
            }
            return out;""";

    @Test
    @SuppressWarnings("unchecked")
    void repOnAPortraitTablet() throws IOException {
        try (Browser tablet = tablet("touch-768x1024", 768, 1024)) {
            tablet.logIn("rep", "rep");
            assertThat(tablet.js("return matchMedia('(pointer: coarse)').matches")).as("coarse pointer").isEqualTo(true);
            StringBuilder tooSmall = new StringBuilder();

            // The deals board: toolbar (filters, Board/List toggle), cards and their arrows, long titles readable.
            openBoard(tablet);
            measureTouchTargets(tablet, "deals board", null, tooSmall);
            AssertionError titles = null;
            try {
                assertTitlesNotCut(tablet);
            } catch (AssertionError e) {
                titles = e; // reported after the touch targets of every page are measured
            }
            tablet.screenshot(app, "touch-deals-board-768x1024.png");

            // The deals list: sort headers, deal links (each stretched over its row), pager.
            tablet.get("/deals?view=list");
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#deal-list tbody a.deal-list-open")));
            tablet.waitUntilIdle();
            measureTouchTargets(tablet, "deals list", null, tooSmall);
            assertThat(measure(tablet, "#deal-list th a", null)).as("sort headers").isNotEmpty();
            assertThat(measure(tablet, "#deal-list a.deal-list-open", null)).as("deal links").isNotEmpty();
            tablet.screenshot(app, "touch-deals-list-768x1024.png");
            String dealHref = tablet.driver.findElement(By.cssSelector("#deal-list tbody a.deal-list-open"))
                    .getDomAttribute("href");

            // A deal page: Back to deals, the form's fields, the actions, the checklist's boxes.
            tablet.get("/" + dealHref.replaceFirst("^/", ""));
            tablet.visible(By.id("deal-view"));
            tablet.visible(By.cssSelector("#deal-view vaadin-text-field"));
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#checklist vaadin-checkbox")));
            tablet.waitUntilIdle();
            tablet.waitUntilAnimationsFinished();
            measureTouchTargets(tablet, "deal page", null, tooSmall);
            assertThat(measure(tablet, "#checklist vaadin-checkbox", null)).as("checklist boxes").isNotEmpty();
            tablet.screenshot(app, "touch-deal-page-768x1024.png");

            // An account page: its deals read by what tells them apart, not the account's name cut on every row.
            tablet.get("/accounts");
            // One of the rep's accounts, whichever the grid shows first.
            WebElement account = tablet.waiting().until(d -> (WebElement) tablet.js("""
                    const mine = ['Apex Consulting', 'Crescent Media', 'Juniper Castings', 'Ridgeway Homes',
                        'Wavelength Networks', 'Zephyr Sports'];
                    return [...document.querySelectorAll('#account-grid vaadin-grid-cell-content')]
                        .find(c => mine.some(name => c.textContent.includes(name))) || null;"""));
            tablet.tap(account);
            tablet.waiting().until(ExpectedConditions.urlMatches("/accounts/\\d+"));
            tablet.waiting().until(d -> Boolean.TRUE.equals(tablet.js("""
                    return [...document.querySelectorAll('#account-deals vaadin-grid-cell-content')]
                        .some(c => /pilot|rollout|business|renewal|expansion|upgrade/.test(c.textContent));""")));
            tablet.waitUntilIdle();
            List<List<Object>> cells = (List<List<Object>>) tablet.js("""
                    return [...document.querySelectorAll('#account-deals vaadin-grid-cell-content')]
                        .filter(c => c.checkVisibility() && c.textContent.trim())
                        .map(c => [c.textContent.trim(), c.scrollWidth > c.clientWidth + 1]);""");
            System.out.printf("[browser] account page deals: %s%n", cells);
            assertThat(cells).as("the account's deals").isNotEmpty();
            assertThat(cells).as("deal names without the account's name in front")
                    .noneMatch(cell -> ((String) cell.get(0)).contains(" – "));
            assertThat(cells.stream().filter(cell -> Boolean.TRUE.equals(cell.get(1))).map(cell -> cell.get(0)).toList())
                    .as("cells of the account's deals cut").isEmpty();
            tablet.screenshot(app, "touch-account-deals-768x1024.png");

            // The main layout: the drawer (overlay on a portrait tablet) with its menu and Sign out.
            tablet.tap(tablet.visible(By.cssSelector("vaadin-drawer-toggle")));
            tablet.waiting().until(d -> Boolean.TRUE.equals(tablet.js(
                    "return document.querySelector('vaadin-app-layout').drawerOpened")));
            tablet.visible(By.id("logout"));
            tablet.waitUntilAnimationsFinished();
            measureTouchTargets(tablet, "main layout", null, tooSmall);
            assertThat(measure(tablet, "#logout", null)).as("Sign out").isNotEmpty();
            tablet.screenshot(app, "touch-main-layout-768x1024.png");
            assertThat(tooSmall.toString()).as("touch targets under 44 × 44 px").isEmpty();
            if (titles != null) {
                throw titles;
            }
        }
    }

    @Test
    void logButtonCoversNoBadgeInLandscape() throws IOException {
        logButtonCoversNoBadge(1024, 768);
    }

    @Test
    void logButtonCoversNoBadgeInPortrait() throws IOException {
        logButtonCoversNoBadge(768, 1024);
    }

    private void logButtonCoversNoBadge(int width, int height) throws IOException {
        String size = width + "x" + height;
        try (Browser tablet = tablet("touch-log-" + size, width, height)) {
            tablet.logIn("rep", "rep");
            openBoard(tablet);
            assertTitlesNotCut(tablet);
            scrollEverythingToTheEnd(tablet);
            assertLogButtonCoversNothing(tablet, "board " + size, ".deal-card-meta > *, .deal-card-next, .deal-card-name");
            tablet.screenshot(app, "touch-deals-board-end-" + size + ".png");

            tablet.get("/deals?view=list");
            tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#deal-list tbody a.deal-list-open")));
            tablet.waitUntilIdle();
            scrollEverythingToTheEnd(tablet);
            assertLogButtonCoversNothing(tablet, "list " + size, "#deal-list .forecast-badge, #deal-list td, .deal-list-pager a");
            tablet.screenshot(app, "touch-deals-list-end-" + size + ".png");
        }
    }

    private static void openBoard(Browser tablet) {
        tablet.get("/deals");
        tablet.visible(By.id("deal-board"));
        tablet.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".deal-card[data-deal-id]")));
        tablet.waitUntilIdle();
        tablet.waitUntilAnimationsFinished();
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> measure(Browser tablet, String selector, String root) {
        return (List<List<Object>>) tablet.js(MEASURE, selector, root);
    }

    /** Measures and prints every touch target, adds those too small to {@code tooSmall}. */
    private static void measureTouchTargets(Browser tablet, String page, String root, StringBuilder tooSmall) {
        List<List<Object>> targets = measure(tablet, TAPPABLE, root);
        assertThat(targets).as("tappable elements on the " + page).isNotEmpty();
        for (List<Object> target : targets) {
            double width = ((Number) target.get(1)).doubleValue();
            double height = ((Number) target.get(2)).doubleValue();
            System.out.printf("[browser] touch target on the %s: %s %.1f × %.1f px%n", page, target.get(0), width, height);
            if (width < MIN_TOUCH_TARGET - 0.01 || height < MIN_TOUCH_TARGET - 0.01) {
                tooSmall.append(String.format("%n  %s: %s %.1f × %.1f px", page, target.get(0), width, height));
            }
        }
    }

    /** A card title shows its whole text: wrapped over up to two lines, never cut with an ellipsis. */
    @SuppressWarnings("unchecked")
    private static void assertTitlesNotCut(Browser tablet) {
        List<Map<String, Object>> titles = (List<Map<String, Object>>) tablet.js("""
                // Chromium's line clamp hides the rest without a scroll height: compare with the title unclamped.
                const isCut = t => {
                  const shown = t.getBoundingClientRect().height;
                  const cut = t.scrollWidth > t.clientWidth + 1;
                  const style = t.style.cssText;
                  t.style.cssText = 'display: block; -webkit-line-clamp: none; white-space: normal; overflow: visible';
                  const full = t.getBoundingClientRect().height;
                  t.style.cssText = style;
                  return cut || full > shown + 1;
                };
                return [...document.querySelectorAll('.deal-card-name')].map(t => {
                  const lines = Math.round(t.getBoundingClientRect().height / parseFloat(getComputedStyle(t).lineHeight));
                  // The check itself: the same title clamped to one line counts as cut.
                  t.style.cssText = '-webkit-line-clamp: 1';
                  const oneLineCut = isCut(t);
                  t.style.cssText = '';
                  return {text: t.textContent, cut: isCut(t), lines: lines, oneLineCut: oneLineCut};
                });""");
        assertThat(titles).as("card titles").isNotEmpty();
        long wrapped = titles.stream().filter(t -> ((Number) t.get("lines")).intValue() > 1).count();
        System.out.printf("[browser] %d card titles, %d wrapped over more than one line, none cut%n", titles.size(), wrapped);
        assertThat(titles).as("a title of two lines or more clamped to one counts as cut")
                .filteredOn(t -> ((Number) t.get("lines")).intValue() > 1)
                .allMatch(t -> Boolean.TRUE.equals(t.get("oneLineCut")));
        assertThat(titles.stream().filter(t -> Boolean.TRUE.equals(t.get("cut"))).map(t -> t.get("text")).toList())
                .as("card titles cut").isEmpty();
    }

    private static void scrollEverythingToTheEnd(Browser tablet) {
        tablet.js("""
                for (const el of document.querySelectorAll('*')) {
                  if (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY)) {
                    el.scrollTop = el.scrollHeight;
                  }
                }
                document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;""");
        tablet.waitUntilAnimationsFinished();
    }

    /** No element matching {@code covered} in the viewport overlaps the floating Log button's rectangle. */
    @SuppressWarnings("unchecked")
    private static void assertLogButtonCoversNothing(Browser tablet, String where, String covered) {
        tablet.visible(By.id("log-fab"));
        List<String> overlaps = (List<String>) tablet.js("""
                const fab = document.getElementById('log-fab').getBoundingClientRect();
                const out = [];
                for (const el of document.querySelectorAll(arguments[0])) {
                  if (!el.checkVisibility({visibilityProperty: true})) continue;
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) continue;
                  // Only what is not clipped away by a scrolling column or list.
                  const scroller = el.closest('.deal-column, .html-table');
                  const clip = scroller ? scroller.getBoundingClientRect() : {top: -1e9, bottom: 1e9, left: -1e9, right: 1e9};
                  const top = Math.max(r.top, clip.top), bottom = Math.min(r.bottom, clip.bottom);
                  const left = Math.max(r.left, clip.left), right = Math.min(r.right, clip.right);
                  if (bottom <= top || right <= left) continue;
                  if (left < fab.right && right > fab.left && top < fab.bottom && bottom > fab.top) {
                    out.push(el.className + ' "' + el.textContent.trim().slice(0, 30) + '" ' + [left, top, right, bottom]
                        .map(Math.round).join(',') + ' under the Log button ' + [fab.left, fab.top, fab.right, fab.bottom]
                        .map(Math.round).join(','));
                  }
                }
                return out;""", covered);
        System.out.printf("[browser] Log button on the %s: %s%n", where, overlaps.isEmpty() ? "covers nothing" : overlaps);
        assertThat(overlaps).as("what the floating Log button covers on the " + where + " scrolled to the end").isEmpty();
    }
}
