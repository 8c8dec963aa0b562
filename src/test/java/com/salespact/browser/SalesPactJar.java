package com.salespact.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged production jar for a browser test, started as the README says (see {@link #javaCommand}) with the JDK
 * running the tests, on a free port of 127.0.0.1, with a fresh {@code SALESPACT_DATA_DIR} (so the demo company is seeded
 * relative to today and no other test's changes are seen). {@link #restart} starts it again on the same port and data
 * (a production restart); {@link #close()} stops it and deletes the data; a JVM shutdown hook stops it too if the test
 * run is aborted. Browser tests get it through {@link BrowserTest}; public for the load benchmark
 * (com.salespact.bench.LoadBenchmark).
 */
public final class SalesPactJar implements AutoCloseable {

    /** How the java command line looks. */
    public enum Launch {
        /** As the README says: with the production build's AOT cache when it is fresh ({@link #javaCommand}). */
        AS_IN_PRODUCTION,
        /** Plain {@code java -jar} of the fat jar: it must work without the AOT cache too. */
        PLAIN_JAR
    }

    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(180);

    final Path baseDir;
    final Path workDir;
    public final String baseUrl;
    private final Path jar;
    private final Path dataDir;
    private final int port;
    private final Thread shutdownHook;
    private boolean hookAdded;
    private Path log;
    private List<String> command;
    private Duration startupTime;
    private Process process;

    private SalesPactJar(Path baseDir, Path workDir, Path jar, Path dataDir, int port) {
        this.baseDir = baseDir;
        this.workDir = workDir;
        this.jar = jar;
        this.dataDir = dataDir;
        this.port = port;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.shutdownHook = new Thread(this::stop, "stop-salespact-jar-" + port);
    }

    /** Starts the jar and waits (at most 3 minutes) for a healthy /actuator/health. */
    public static SalesPactJar start(String name) throws IOException {
        return start(name, Files.createTempDirectory("salespact-" + name + "-data"));
    }

    /** The same on a data directory prepared beforehand (deleted by {@link #close()}, or at once when there is no jar). */
    public static SalesPactJar start(String name, Path dataDir) throws IOException {
        return start(name, dataDir, List.of());
    }

    /**
     * The same with extra command-line arguments, e.g. {@code --salespact.clock.fixed=2026-12-04T10:00:00Z} to start
     * on a given day (and {@link #restart} later on the same data directory with a later one).
     */
    public static SalesPactJar start(String name, Path dataDir, List<String> arguments) throws IOException {
        return start(name, dataDir, arguments, freePort());
    }

    /** The same on a given port, e.g. {@link #port()} of a jar stopped with {@link #stopKeepingData()}: a restart. */
    public static SalesPactJar start(String name, Path dataDir, List<String> arguments, int port) throws IOException {
        return start(name, dataDir, arguments, port, Launch.AS_IN_PRODUCTION);
    }

    /** The most general start: name (of the log), data directory, arguments, port and how java is called. */
    public static SalesPactJar start(String name, Path dataDir, List<String> arguments, int port, Launch launch)
            throws IOException {
        Path baseDir = Path.of(System.getProperty("salespact.basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path jar;
        try {
            jar = findJar(baseDir);
        } catch (AssertionError noJar) {
            deleteRecursively(dataDir);
            throw noJar;
        }
        Path workDir = Files.createDirectories(baseDir.resolve("target/browser-test"));
        SalesPactJar app = new SalesPactJar(baseDir, workDir, jar, dataDir, port);
        app.launch(name, arguments, launch);
        return app;
    }

    /**
     * Stops the jar if it runs (keeping its data) and starts it again on the same port and data directory with these
     * arguments, as production is restarted; a page left open reconnects to the same address.
     */
    public SalesPactJar restart(String name, List<String> arguments) throws IOException {
        return restart(name, arguments, Launch.AS_IN_PRODUCTION);
    }

    /** The same, choosing how java is called. */
    public SalesPactJar restart(String name, List<String> arguments, Launch launch) throws IOException {
        stop();
        launch(name, arguments, launch);
        return this;
    }

    private void launch(String name, List<String> arguments, Launch launch) throws IOException {
        log = workDir.resolve("salespact-" + name + ".log");
        command = new ArrayList<>(launch == Launch.PLAIN_JAR ? plainJavaCommand(jar) : javaCommand(jar));
        // e.g. -Dsalespact.jar.jvmOptions=-XX:StartFlightRecording=filename=load.jfr to profile a load run
        String jvmOptions = System.getProperty("salespact.jar.jvmOptions", "").strip();
        if (!jvmOptions.isEmpty()) {
            command.addAll(1, List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SALESPACT_DATA_DIR", dataDir.toString());
        env.remove("SPRING_PROFILES_ACTIVE");
        env.remove("JAVA_TOOL_OPTIONS");
        System.out.println("[browser] starting " + String.join(" ", command) + " on " + baseUrl + " (data " + dataDir
                + ", log " + log + ")");
        addShutdownHook();
        long started = System.nanoTime();
        process = builder.start();

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            await("/actuator/health reporting UP").pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).atMost(HEALTHY_WITHIN).until(() -> isHealthy(http));
        } catch (ConditionTimeoutException notHealthy) {
            String tail = logTail(60);
            close();
            throw new AssertionError("/actuator/health never reported UP; log tail:\n" + tail, notHealthy);
        } catch (RuntimeException | Error failed) {
            close();
            throw failed;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - started);
    }

    private boolean isHealthy(HttpClient client) {
        Process running = process;
        if (running == null || !running.isAlive()) {
            throw new IllegalStateException("the jar exited"
                    + (running == null ? "" : " with " + running.exitValue()) + "; log tail:\n" + logTail(80));
        }
        try {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the log has a line containing {@code text} (e.g. a background start-up job's last line). */
    public void awaitLog(String text, Duration timeout) {
        try {
            await().pollInterval(Duration.ofMillis(250)).atMost(timeout).until(() -> logTail(2_000).contains(text));
        } catch (ConditionTimeoutException never) {
            throw new AssertionError("the log never said \"" + text + "\"; tail:\n" + logTail(30), never);
        }
    }

    /** The port it listens on (kept by {@link #restart}). */
    public int port() {
        return port;
    }

    /** The server's process id (for jcmd). */
    public long pid() {
        return process.pid();
    }

    /** The packaged jar it runs. */
    Path jar() {
        return jar;
    }

    /** The command line of the last start: java, its options, the jar and the arguments. */
    List<String> command() {
        return List.copyOf(command);
    }

    /** Wall-clock time of the last start, from launching {@code java} to a healthy /actuator/health. */
    Duration startupTime() {
        return startupTime;
    }

    /** The log of the last start. */
    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    /** docs/screenshots of the project (created if missing). */
    Path screenshots() throws IOException {
        return Files.createDirectories(baseDir.resolve("docs/screenshots"));
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e + ")";
        }
    }

    private synchronized void stop() {
        Process running = process;
        if (running == null) {
            return;
        }
        process = null;
        List<ProcessHandle> children = new ArrayList<>(running.descendants().toList());
        running.destroy();
        try {
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops the jar and keeps its data directory, for a restart on the same database. */
    public Path stopKeepingData() {
        stop();
        removeShutdownHook();
        return dataDir;
    }

    @Override
    public void close() throws IOException {
        stop();
        removeShutdownHook();
        deleteRecursively(dataDir);
        System.out.println("[browser] production jar " + baseUrl + " stopped");
    }

    private synchronized void addShutdownHook() {
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            hookAdded = true;
        }
    }

    private synchronized void removeShutdownHook() {
        if (hookAdded) {
            hookAdded = false;
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
        }
    }

    /**
     * How production starts the jar: with the AOT cache the production build trains next to it
     * ({@code java -XX:AOTCache=target/app/salespact.aot -jar target/app/salespact.jar}, see the pom's production
     * profile), or plain {@code java -jar <fat jar>} when there is no cache or it is older than the jar (a build with
     * {@code -Dsalespact.aot.skip=true} leaves an old target/app behind).
     */
    static List<String> javaCommand(Path fatJar) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path app = fatJar.toAbsolutePath().getParent().resolve("app");
        Path extracted = app.resolve("salespact.jar");
        Path cache = app.resolve("salespact.aot");
        boolean fresh = Files.isRegularFile(extracted) && Files.isRegularFile(cache)
                && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(fatJar)) >= 0;
        return fresh
                ? List.of(java, "-XX:AOTCache=" + cache, "-jar", extracted.toString())
                : List.of(java, "-jar", fatJar.toString());
    }

    /** Plain {@code java -jar <fat jar>}, without the AOT cache. */
    static List<String> plainJavaCommand(Path fatJar) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", fatJar.toString());
    }

    private static Path findJar(Path baseDir) throws IOException {
        String configured = System.getProperty("salespact.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        Path target = baseDir.resolve("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "salespact-*.jar")) {
                found.forEach(jars::add);
            }
        }
        jars.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        assertThat(jars).as("no target/salespact-*.jar; build it first: "
                + "JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction,browser verify").isNotEmpty();
        return jars.getFirst();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
