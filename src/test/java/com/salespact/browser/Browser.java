package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with its own fresh profile and a fixed CSS viewport (device scale factor 1, so a
 * screenshot is exactly width × height pixels). A touch browser emulates a tablet (mobile viewport, touch screen)
 * and {@link #tap(WebElement)} sends a real touch tap (W3C touch pointer → touchstart/touchend → click).
 * {@code CHROME_BIN} and {@code CHROMEDRIVER} override the binaries; nothing is ever downloaded.
 */
final class Browser implements AutoCloseable {

    static final Duration UI_TIMEOUT = Duration.ofSeconds(30);

    final ChromeDriver driver;
    final int width;
    final int height;
    private final String baseUrl;
    private final ChromeDriverService service;
    private final Path profile;
    private boolean closed;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile, String baseUrl, int width, int height) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.width = width;
        this.height = height;
    }

    /** A laptop/TV browser: width × height CSS pixels, mouse input. */
    static Browser desktop(SalesPactJar app, String name, int width, int height) {
        return open(app, name, width, height, false, "en-GB");
    }

    /** A laptop browser whose user reads {@code language} (e.g. "de-DE"): its Accept-Language and its own locale. */
    static Browser desktop(SalesPactJar app, String name, int width, int height, String language) {
        return open(app, name, width, height, false, language);
    }

    /** A tablet: width × height CSS pixels, mobile viewport, touch screen (maxTouchPoints 5, pointer: coarse). */
    static Browser tablet(SalesPactJar app, String name, int width, int height) {
        return open(app, name, width, height, true, "en-GB");
    }

    private static Browser open(SalesPactJar app, String name, int width, int height, boolean touch, String language) {
        String chrome = setting("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = setting("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(Path.of(chrome)).as("Chromium (apt-get install chromium, or set CHROME_BIN)").isExecutable();
        assertThat(Path.of(chromedriver)).as("chromedriver (apt-get install chromium-driver, or set CHROMEDRIVER)").isExecutable();
        System.setProperty("webdriver.chrome.driver", chromedriver);
        Path profile;
        try {
            profile = Files.createTempDirectory("salespact-chromium-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                // Dates and amounts read as in the screenshots and assertions: "4 Dec 2026", "€950,000" in en-GB.
                "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language + "," + language.substring(0, 2)));
        if (touch) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .withLogFile(app.workDir.resolve("chromedriver-" + name + ".log").toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_CSP_VIOLATIONS));
        if (!touch) {
            // Exactly width × height CSS pixels, whatever the window decorations.
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        }
        return new Browser(driver, service, profile, app.baseUrl, width, height);
    }

    /** Every page records Content-Security-Policy violations in sessionStorage (kept across navigations). */
    private static final String RECORD_CSP_VIOLATIONS = """
            if (!sessionStorage.getItem('csp-violations')) { sessionStorage.setItem('csp-violations', '[]'); }
            document.addEventListener('securitypolicyviolation', e => {
              const seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
              seen.push(e.violatedDirective + ' ' + e.blockedURI);
              sessionStorage.setItem('csp-violations', JSON.stringify(seen));
            });""";

    /** The app works under its Content-Security-Policy: nothing Vaadin, push or ECharts needs was blocked. */
    void assertNoCspViolations() {
        assertThat(js("return sessionStorage.getItem('csp-violations');"))
                .as("Content-Security-Policy violations in the browser (null: the recorder did not run)").isEqualTo("[]");
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, UI_TIMEOUT);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    void get(String path) {
        driver.get(baseUrl + path);
    }

    void logIn(String username, String password) {
        get("/login");
        WebDriverWait wait = waiting();
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitUntilIdle();
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Vaadin has no server round trip in flight and no loading indicator (what TestBench waits for). */
    void waitUntilIdle() {
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (flow && flow.clients && Object.values(flow.clients).some(c => c.isActive && c.isActive())) {
                  return false;
                }
                const indicator = document.querySelector('.v-loading-indicator');
                return !indicator || getComputedStyle(indicator).display === 'none'
                    || indicator.offsetParent === null;""")));
    }

    /** Every chart on the page has drawn at least once and no chart or overlay is still animating. */
    void waitUntilChartsRendered() {
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const charts = [...document.querySelectorAll('sp-echart')]
                    .filter(c => c.offsetParent !== null);
                return charts.every(c => c.getAttribute('data-rendered') === 'true');""")));
        waitUntilIdle();
    }

    /** No running CSS animations or transitions anywhere in the document (dialog opening, banner sliding in). */
    void waitUntilAnimationsFinished() {
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript("""
                return document.getAnimations().filter(a => a.playState === 'running'
                    && a.effect && a.effect.getTiming().iterations !== Infinity).length === 0;""")));
    }

    /** Where {@link #pressFinger} put the finger, in the viewport. */
    private int fingerX;
    private int fingerY;

    /** Scrolls the element to the middle of the viewport and taps its centre with one finger. */
    void tap(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        waiting().until(ExpectedConditions.visibilityOf(element));
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        driver.perform(List.of(tap));
    }

    /**
     * Puts one finger on the element's centre and keeps it there: {@link #slideFingerTo} moves it, {@link #liftFinger}
     * ends the gesture, so a test can look at the page in between. Raw touch input through the DevTools protocol (the
     * browser turns it into touch and pointer events, and decides on scrolling, as for a real finger).
     */
    void pressFinger(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        waiting().until(ExpectedConditions.visibilityOf(element));
        List<?> centre = (List<?>) js("const r = arguments[0].getBoundingClientRect();"
                + " return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];", element);
        fingerX = ((Number) centre.get(0)).intValue();
        fingerY = ((Number) centre.get(1)).intValue();
        touch("touchStart", List.of(Map.of("x", fingerX, "y", fingerY)));
    }

    /** Slides the pressed finger to the point (x, y) of the viewport in small steps, as a hand does. */
    void slideFingerTo(int x, int y) {
        int steps = 12;
        int fromX = fingerX;
        int fromY = fingerY;
        for (int step = 1; step <= steps; step++) {
            fingerX = fromX + (x - fromX) * step / steps;
            fingerY = fromY + (y - fromY) * step / steps;
            touch("touchMove", List.of(Map.of("x", fingerX, "y", fingerY)));
        }
    }

    /** Lifts the finger where it is. */
    void liftFinger() {
        touch("touchEnd", List.of());
    }

    private void touch(String type, List<Map<String, Integer>> points) {
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", points));
    }

    /** Saves a screenshot as docs/screenshots/{fileName} and checks it is exactly the viewport size. */
    Path screenshot(SalesPactJar app, String fileName) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).as(fileName + " width").isEqualTo(width);
        assertThat(image.getHeight()).as(fileName + " height").isEqualTo(height);
        Path target = app.screenshots().resolve(fileName);
        Files.write(target, png);
        System.out.println("[browser] screenshot " + target);
        return target;
    }

    /** Quits Chromium and its driver and deletes the profile; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            service.stop();
            SalesPactJar.deleteRecursively(profile);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
