package com.salespact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.browser.SalesPactJar;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, part 1, measured on the production jar instead of Karibu: everything a signed-in user costs the server —
 * Tomcat's HTTP session, the Spring Security context, the Vaadin session and its UI with the view open — as heap
 * after a full GC (jcmd), for N users who signed in over HTTP ({@link VaadinClient}) as N distinct reps of the load
 * company ({@link LoadCompany}) and opened the team dashboard, then the deals board, then the deals list. Each
 * figure is the growth of the heap divided by N; the H2 page cache and the shared dashboard figures, which grow
 * with the data the users touched, are in it. Prints the classes that grew most, and writes the first user's answers
 * to target/bench/answer-*.json (to see what a page sends and Vaadin keeps). Budget ≤ 100 KB per user.
 * {@code ./mvnw test -Pbench -Dtest=HttpSessionMemoryBenchmark [-Dsalespact.bench.users=100,1000]} (needs the
 * production jar; report in target/bench/http-session-memory.txt).
 */
@Tag("bench")
class HttpSessionMemoryBenchmark {

    private static final double BUDGET_KB = 100;
    private static final int PARALLEL = 8;
    private static final int WARM_UP = 50;

    private final BenchReport report = new BenchReport();
    private final List<String> failures = new ArrayList<>();

    @Test
    void signedInUsersOnTheProductionJar() throws Exception {
        int[] levels = java.util.Arrays.stream(System.getProperty("salespact.bench.users", "100,1000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        report.line("Session memory over HTTP (issue 7, part 1): the production jar, real sessions, heap after a full GC");
        report.line("machine: %s; %s", Machine.cpu(), Machine.memory());
        try (SalesPactJar jar = LoadCompany.startJar("session-memory");
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .followRedirects(HttpClient.Redirect.NEVER).build()) {
            report.line("server: production jar (default JVM options) on the load company (%,d reps)",
                    BenchData.Shape.LOAD.reps());
            report.line("");
            report.line("%-34s %6s %12s %12s %12s  %s", "open", "N", "heap before", "heap after", "per user", "budget");
            // Warm-up: what the first users pay once for all (classes initialised, statement and template caches,
            // the first teams' shared figures) is not a per-user cost. These sessions stay open in the baseline.
            List<VaadinClient> warmUp = new ArrayList<>();
            for (int i = 0; i < WARM_UP; i++) {
                warmUp.add(new VaadinClient(http, jar.baseUrl, Duration.ofSeconds(60)));
            }
            forEach(warmUp, (client, i) -> {
                client.init(signIn(client, BenchData.Shape.LOAD.reps() - WARM_UP + i));
                client.navigate("dashboard");
                client.navigate("deals");
                client.navigate("deals", "view=list");
            });
            report.line("warm-up: %d other users signed in and opened the three pages first (kept open)", WARM_UP);
            int firstRep = 0;
            for (int users : levels) {
                List<VaadinClient> clients = new ArrayList<>();
                for (int i = 0; i < users; i++) {
                    clients.add(new VaadinClient(http, jar.baseUrl, Duration.ofSeconds(60)));
                }
                long before = ServerJvm.heapAfterGc(jar.pid());
                Map<String, Long> histogramBefore = ServerJvm.histogram(jar.pid());
                int first = firstRep;
                forEach(clients, (client, i) -> {
                    client.init(signIn(client, first + i));
                    answer(i, "dashboard", client.navigate("dashboard"));
                });
                long dashboard = measure(jar, "team dashboard (/dashboard)", users, before);
                growth(histogramBefore, ServerJvm.histogram(jar.pid()), users, dashboard - before);
                forEach(clients, (client, i) -> answer(i, "deals", client.navigate("deals")));
                long board = measure(jar, "deals board (/deals)", users, before);
                growth(histogramBefore, ServerJvm.histogram(jar.pid()), users, board - before);
                forEach(clients, (client, i) -> answer(i, "deals?view=list", client.navigate("deals", "view=list")));
                long list = measure(jar, "deals list (/deals?view=list)", users, before);
                growth(histogramBefore, ServerJvm.histogram(jar.pid()), users, list - before);
                firstRep += users;
            }
        } finally {
            report.line("");
            report.line("result: %s", failures.isEmpty() ? "budget met (<= 100 KB per user)"
                    : "BUDGET MISSED: " + String.join("; ", failures));
            report.write("http-session-memory.txt");
        }
        assertThat(failures).as("session memory budget").isEmpty();
    }

    /**
     * The first user's answer to a navigation: Vaadin keeps the last answer of every UI as a string (for resending
     * it should the browser not have received it), so its size is part of what a user costs.
     */
    private void answer(int user, String route, tools.jackson.databind.JsonNode message) {
        if (user == 0) {
            String text = message.toString();
            report.line("  answer to the navigation to %s: %,d characters%s", route, text.length(),
                    text.chars().allMatch(c -> c < 256) ? "" : " (not all Latin-1: held as UTF-16, 2 bytes each)");
            try {
                Files.writeString(Path.of("target/bench")
                        .resolve("answer-" + route.replaceAll("[^a-z]+", "-") + ".json"), text);
            } catch (IOException notWritten) {
                report.line("  (answer not written: %s)", notWritten.getMessage());
            }
        }
    }

    /** Signs the client in as the n-th rep of the load company; returns the route to bootstrap. */
    private static String signIn(VaadinClient client, int n) throws Exception {
        client.login(client.loginPage(), LoadCompany.rep(n), LoadCompany.PASSWORD);
        return "dashboard";
    }

    private long measure(SalesPactJar jar, String what, int users, long before) {
        long after = ServerJvm.heapAfterGc(jar.pid());
        double perUser = (after - before) / 1024.0 / users;
        boolean met = perUser <= BUDGET_KB;
        report.line("%-34s %,6d %9.1f MB %9.1f MB %9.1f KB  %s", what, users, before / 1048576.0, after / 1048576.0,
                perUser, met ? "met" : "MISSED");
        if (!met) {
            failures.add(String.format(Locale.ROOT, "%s, N = %d: %.1f KB", what, users, perUser));
        }
        return after;
    }

    /** The classes whose live bytes grew most since the users of this level signed in. */
    private void growth(Map<String, Long> before, Map<String, Long> after, int users, long total) {
        Set<String> classes = new HashSet<>(after.keySet());
        classes.addAll(before.keySet());
        report.line("  grew most (bytes per user; all: %,d):", total / users);
        classes.stream()
                .map(name -> Map.entry(name, after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(15)
                .forEach(entry -> report.line("  %,10d  %s", entry.getValue() / users, entry.getKey()));
    }

    @FunctionalInterface
    private interface Step {
        void run(VaadinClient client, int index) throws Exception;
    }

    /** Runs the step for every client, {@value #PARALLEL} at a time, and fails on the first error. */
    private static void forEach(List<VaadinClient> clients, Step step) throws Exception {
        Semaphore slots = new Semaphore(PARALLEL);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients.size(); i++) {
                int index = i;
                running.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        step.run(clients.get(index), index);
                    } finally {
                        slots.release();
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        }
    }
}
