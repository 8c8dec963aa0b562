package com.salespact.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;

/**
 * Base of the browser tests (tag {@code browser}, run by failsafe in the {@code browser} profile): the packaged
 * production jar ({@link SalesPactJar}) and headless Chromium ({@link Browser}), started for a test and stopped after
 * it whatever happens.
 * <ul>
 *   <li>A class annotated {@link SharedJar} gets one jar for all its tests as {@link #app}.</li>
 *   <li>{@link #startJar} starts a jar for the running test only (e.g. with its own arguments); {@link
 *       SalesPactJar#restart} starts it again on the same port and data.</li>
 *   <li>{@link #desktop} and {@link #tablet} open a Chromium on a jar.</li>
 * </ul>
 * Whatever a test opened is closed after it, browsers first, in reverse order (a browser closed earlier by the test
 * itself, with try-with-resources, is not closed twice); the shared jar after the class.
 *
 * <p>Run one: {@code ./mvnw -o -B -Pbrowser test-compile org.apache.maven.plugins:maven-failsafe-plugin:integration-test
 * org.apache.maven.plugins:maven-failsafe-plugin:verify -Dit.test=Name} after
 * {@code ./mvnw -o -B -Pproduction package -DskipTests}.
 */
@Tag("browser")
abstract class BrowserTest {

    /** The class's jar when it is annotated {@link SharedJar}; null otherwise. Browser test classes run one at a time. */
    protected static SalesPactJar app;

    private final Deque<AutoCloseable> openedByTest = new ArrayDeque<>();

    @BeforeAll
    static void startSharedJar(TestInfo test) throws IOException {
        SharedJar shared = test.getTestClass().map(type -> type.getAnnotation(SharedJar.class)).orElse(null);
        if (shared != null) {
            Path data = Files.createTempDirectory("salespact-" + shared.value() + "-data");
            app = SalesPactJar.start(shared.value(), data, List.of(shared.arguments()),
                    SalesPactJar.freePort(), shared.launch());
        }
    }

    @AfterAll
    static void stopSharedJar() throws IOException {
        SalesPactJar shared = app;
        app = null;
        if (shared != null) {
            shared.close();
        }
    }

    @AfterEach
    void closeWhatTheTestOpened() throws Exception {
        Exception first = null;
        while (!openedByTest.isEmpty()) {
            try {
                openedByTest.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A jar for this test only, on a fresh data directory, with extra command-line arguments. */
    protected SalesPactJar startJar(String name, String... arguments) throws IOException {
        return opened(SalesPactJar.start(name, Files.createTempDirectory("salespact-" + name + "-data"),
                List.of(arguments)));
    }

    /** A laptop/TV browser on the class's {@link #app}. */
    protected Browser desktop(String name, int width, int height) {
        return desktop(app, name, width, height);
    }

    /** A laptop/TV browser on a jar: width × height CSS pixels, mouse input. */
    protected Browser desktop(SalesPactJar jar, String name, int width, int height) {
        return opened(Browser.desktop(jar, name, width, height));
    }

    /** A laptop browser on the class's {@link #app} whose user reads {@code language}, e.g. "de-DE". */
    protected Browser desktop(String name, int width, int height, String language) {
        return opened(Browser.desktop(app, name, width, height, language));
    }

    /** A tablet on the class's {@link #app}. */
    protected Browser tablet(String name, int width, int height) {
        return tablet(app, name, width, height);
    }

    /** A tablet on a jar: width × height CSS pixels, mobile viewport, touch screen. */
    protected Browser tablet(SalesPactJar jar, String name, int width, int height) {
        return opened(Browser.tablet(jar, name, width, height));
    }

    private <T extends AutoCloseable> T opened(T thing) {
        openedByTest.push(thing);
        return thing;
    }
}
