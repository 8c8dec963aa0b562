package com.salespact.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.salespact.postgres.PostgresTestDatabase;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash safety (issue 7 part 3), on the production jar: start it on a database, have {@value #WRITERS} concurrent clients save
 * deals one after another (HTTP basic as the demo rep, {@code POST /crashtest/deals}: the profile-gated endpoint calls
 * {@code DealService.save}, the deal editor's call), {@code kill -9} the JVM once {@value #KILL_AFTER} saves were
 * acknowledged (saves are in flight then), start it again on the same data and check: it starts (Flyway validates the schema, the app reads it),
 * every acknowledged deal is there with its name and its first stage-change row (the whole transaction, not half),
 * and the whole database reads back (H2: {@code SCRIPT} of every table). Once on the H2 file database, once on
 * PostgreSQL (skipped when no server answers; a scratch schema {@value #PG_SCHEMA} in the test database, because the
 * test role may not create databases).
 * <p>
 * Not a unit test (tag "bench"): build the jar, then
 * {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction -DskipTests package && ./mvnw test -Pbench
 * -Dtest=CrashSafetyBenchmark}. Report also in target/bench/crash-safety.txt.
 */
@Tag("bench")
class CrashSafetyBenchmark {

    static final int WRITERS = 100;
    static final int MAX_SAVES_PER_WRITER = 10;
    static final int KILL_AFTER = 150;
    static final String PG_SCHEMA = "salespact_crash";

    private final List<String> report = new ArrayList<>();

    @Test
    void h2FileDatabaseKeepsEveryAcknowledgedSave() throws Exception {
        Path data = Files.createTempDirectory("salespact-crash-h2");
        try {
            Map<String, String> env = Map.of("SALESPACT_DATA_DIR", data.toString());
            Result result = crashRun("H2 file", env, List.of("--spring.profiles.active=crashtest"));
            String url = "jdbc:h2:file:" + data.resolve("salespact") + ";ACCESS_MODE_DATA=r";
            try (Connection db = DriverManager.getConnection(url, "sa", "")) {
                verify(result, db);
                long started = System.nanoTime();
                int lines = 0;
                try (Statement statement = db.createStatement(); ResultSet script = statement.executeQuery("SCRIPT")) {
                    while (script.next()) {
                        lines++;
                    }
                }
                line("  H2 SCRIPT (reads every table and index definition, every row): %,d lines in %d ms, no error",
                        lines, millisSince(started));
            }
        } finally {
            deleteRecursively(data);
            writeReport();
        }
    }

    @Test
    void postgresKeepsEveryAcknowledgedSave() throws Exception {
        assumeTrue(postgresAnswers(), "no PostgreSQL at " + PostgresTestDatabase.url() + " (.ci/start-postgres.sh)");
        try (Connection admin = pg(null); Statement statement = admin.createStatement()) {
            statement.execute("drop schema if exists " + PG_SCHEMA + " cascade");
            statement.execute("create schema " + PG_SCHEMA);
        }
        try {
            String url = PostgresTestDatabase.url() + "?currentSchema=" + PG_SCHEMA;
            Map<String, String> env = Map.of("SALESPACT_DB_URL", url,
                    "SALESPACT_DB_USER", PostgresTestDatabase.user(),
                    "SALESPACT_DB_PASSWORD", PostgresTestDatabase.password());
            // The postgres profile as deployed, plus the demo company to sell with (and its demo passwords).
            Result result = crashRun("PostgreSQL", env, List.of("--spring.profiles.active=postgres,crashtest",
                    "--salespact.demo.enabled=true", "--salespact.security.require-strong-passwords=false"));
            try (Connection db = pg(PG_SCHEMA)) {
                verify(result, db);
            }
        } finally {
            try (Connection admin = pg(null); Statement statement = admin.createStatement()) {
                statement.execute("drop schema if exists " + PG_SCHEMA + " cascade");
            }
            writeReport();
        }
    }

    /** What the client saw: acknowledged deal ids by name, and names whose save got no answer. */
    record Result(String run, Map<String, Long> acknowledged, List<String> unanswered) {
    }

    private Result crashRun(String database, Map<String, String> env, List<String> args) throws Exception {
        String run = "crash-" + Long.toString(System.currentTimeMillis(), 36) + "-";
        line("Crash safety on %s (%d cores): %d concurrent writers saving deals, kill -9 after %d acknowledged",
                database, Runtime.getRuntime().availableProcessors(), WRITERS, KILL_AFTER);
        Path log = Files.createDirectories(Path.of("target/bench")).resolve("crash-" + database.replace(' ', '-') + ".log");
        int port = freePort();
        long startAt = System.nanoTime();
        Process app = start(env, args, port, log);
        line("  started in %d ms (pid %d)", millisSince(startAt), app.pid());

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("rep:rep".getBytes(StandardCharsets.UTF_8));
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        List<String> unanswered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger acks = new AtomicInteger();
        long[] killedAt = new long[1];
        long fired = System.nanoTime();
        // WRITERS clients save one deal after another until the kill: saves are in flight whenever it comes.
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < MAX_SAVES_PER_WRITER; i++) {
                    String name = run + writer + "-" + i;
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/crashtest/deals?name=" + name))
                            .header("Authorization", auth)
                            .timeout(Duration.ofSeconds(120))
                            .POST(HttpRequest.BodyPublishers.noBody()).build();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            refused.incrementAndGet();
                            unanswered.add(name);
                            return;
                        }
                        acknowledged.put(name, Long.parseLong(response.body().trim()));
                        if (acks.incrementAndGet() == KILL_AFTER) {
                            killedAt[0] = System.nanoTime();
                            app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
                        }
                    } catch (IOException | InterruptedException killed) {
                        unanswered.add(name);
                        return;
                    }
                }
            }));
        }
        for (Thread writer : writers) {
            writer.join(TimeUnit.MINUTES.toMillis(5));
        }
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acks.get()).as("%d saves acknowledged before the writers stopped; log %s", KILL_AFTER, log)
                .isGreaterThanOrEqualTo(KILL_AFTER);
        double seconds = (killedAt[0] - fired) / 1e9;
        line("  killed with SIGKILL (exit %d) %.1f s after the first save: %d saves acknowledged (%.0f/s),"
                        + " %d in flight got no answer, %d refused with an HTTP error", app.exitValue(), seconds,
                acknowledged.size(), KILL_AFTER / seconds, unanswered.size(), refused.get());
        assertThat(refused.get()).as("no save was refused by the application before the kill").isZero();

        long restartAt = System.nanoTime();
        Process again = start(env, args, port, log);
        line("  restarted on the same data in %d ms: schema validated, application healthy", millisSince(restartAt));
        again.destroy();
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(run, acknowledged, unanswered);
    }

    private void verify(Result result, Connection db) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        Map<Long, Integer> stageRows = new HashMap<>();
        try (var statement = db.prepareStatement("select d.id, d.name, (select count(*) from stage_change s"
                + " where s.deal_id = d.id) from deal d where d.name like ?")) {
            statement.setString(1, result.run() + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(2), rows.getLong(1));
                    stageRows.put(rows.getLong(1), rows.getInt(3));
                }
            }
        }
        List<String> lost = result.acknowledged().keySet().stream().filter(name -> !found.containsKey(name)).sorted()
                .toList();
        long inDoubtSaved = result.unanswered().stream().filter(found::containsKey).count();
        line("  after restart: %d of %d acknowledged saves present (lost: %d %s); of %d unanswered, %d had committed",
                result.acknowledged().size() - lost.size(), result.acknowledged().size(), lost.size(),
                lost.isEmpty() ? "" : lost.subList(0, Math.min(5, lost.size())), result.unanswered().size(),
                inDoubtSaved);
        assertThat(lost).as("acknowledged saves missing after kill -9").isEmpty();
        result.acknowledged().forEach((name, id) -> assertThat(found.get(name)).as(name).isEqualTo(id));
        assertThat(stageRows).as("every saved deal has its first stage change (whole transactions only)")
                .allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        line("");
    }

    private Process start(Map<String, String> env, List<String> args, int port, Path log) throws IOException {
        Path jar = findJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .atMost(Duration.ofSeconds(180)).until(() -> isHealthy(process, http, port, log));
        } catch (ConditionTimeoutException notHealthy) {
            process.destroyForcibly();
            throw new AssertionError("not healthy within 180 s; see " + log, notHealthy);
        }
        return process;
    }

    /** Whether /actuator/health says UP; fails at once when the jar has exited. */
    private static boolean isHealthy(Process process, HttpClient http, int port, Path log) {
        if (!process.isAlive()) {
            throw new AssertionError("the jar exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false; // still starting
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(e);
        }
    }

    private static Path findJar() throws IOException {
        String configured = System.getProperty("salespact.jar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        List<Path> jars = new ArrayList<>();
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(target, "salespact-*.jar")) {
                found.forEach(jars::add);
            }
        }
        assumeTrue(!jars.isEmpty(), "no target/salespact-*.jar: build it first with "
                + "JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -Pproduction -DskipTests package");
        jars.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        return jars.getFirst();
    }

    private static boolean postgresAnswers() {
        try (Connection ignored = pg(null)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection pg(String schema) throws SQLException {
        String url = PostgresTestDatabase.url() + (schema == null ? "" : "?currentSchema=" + schema);
        return DriverManager.getConnection(url, PostgresTestDatabase.user(), PostgresTestDatabase.password());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println("[crash] " + text);
        report.add(text);
    }

    private void writeReport() throws IOException {
        Path file = Files.createDirectories(Path.of("target/bench")).resolve("crash-safety.txt");
        Files.write(file, report, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
