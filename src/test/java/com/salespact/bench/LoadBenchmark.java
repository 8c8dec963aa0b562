package com.salespact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.browser.SalesPactJar;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, part 2: real Vaadin sessions over HTTP on loopback against the production jar. Each virtual user (a
 * virtual thread with its own session cookie, see {@link VaadinClient}) signs in through the login form as a rep
 * of its own ({@link LoadCompany}: 1,000 reps; {@code -Dsalespact.load.company=demo}: the 12 demo reps, round
 * robin), bootstraps a UI and then repeats, with a think time between steps: open the team
 * dashboard (router navigation), open the deal list, tap a deal card (opens the deal), save the deal, tap "Log
 * activity" (opens the dialog), tap "Call" (logs an activity); think times as TPC-W's emulated browsers have them. Every answer is checked: the view or dialog that
 * should show is in it, a save or log shows the green notification, no error. A <em>step</em> is one HTTP request, i.e. one server
 * round trip, timed from send to the whole answer read. Users are started evenly over a ramp-up; the figures of the
 * steady phase after it count (login and bootstrap are taken from the ramp-up, as that is when they happen).
 *
 * <p>Budget (at 1,000 users): p95 ≤ 100 ms for every step (the form login: 100 ms plus the password check's
 * measured time, see {@link #LOGIN}), 0 errors; a miss fails the run after the report
 * (target/bench/load.txt) is written. Needs the production jar ({@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./mvnw -Pproduction -DskipTests package}); skipped without one.
 * {@code ./mvnw test -Pbench -Dtest=LoadBenchmark [-Dsalespact.load.users=100,300,1000] [-Dsalespact.load.steady=60]
 * [-Dsalespact.load.think=2000] [-Dsalespact.load.url=http://127.0.0.1:8080]}
 */
@Tag("bench")
class LoadBenchmark {

    private static final int BUDGET_USERS = 1_000;
    private static final double BUDGET_P95_MS = 100;
    /**
     * The form login checks a BCrypt hash of cost 10 (SecurityConfig), slow on purpose: about 80 ms of one core here,
     * measured and printed by {@link #passwordCheckMillis()}. That round trip is held to the password check's own
     * time plus the 100 ms, not to 100 ms, which only a weaker hash could meet.
     */
    private static final String LOGIN = "login";
    /** The demo company's reps (password: the username), for {@code -Dsalespact.load.company=demo}. */
    private static final List<String> DEMO_REPS = List.of("rep", "lkim", "jberg", "elarsen", "ohughes", "fnilsson",
            "mbianchi", "asouza", "lmoreau", "cconti", "dalvarez", "nhaddad");
    private static final List<String> STEPS = List.of("login page", "login", "init", "dashboard", "deals",
            "open deal", "save deal", "log activity: dialog", "log activity: call");

    /** What the deal board's tap listener (DealBoard) asks the browser for, for a tap on a card outside its arrow. */
    private static Map<String, Object> tapOnCard(String dealId) {
        return Map.of("event.target.closest('.deal-card')?.dataset.dealId", dealId,
                "!!event.target.closest('.deal-card-next')", false,
                "!!event.target.closest('.deal-card, .deal-column-more')", true);
    }

    private final BenchReport report = new BenchReport();
    private double passwordCheckMs;
    private final List<String> failures = new ArrayList<>();

    @Test
    void realSessionsOverHttp() throws Exception {
        int[] levels = Arrays.stream(System.getProperty("salespact.load.users", "100,300,1000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        Duration steady = Duration.ofSeconds(Long.getLong("salespact.load.steady", 60));
        // TPC-W's think time: negative exponential, mean 7 s, cut at ten times the mean. A rep on a tablet reads the
        // deal, types, then taps save; 2000 gives the stress run in docs/performance.md.
        long thinkMs = Long.getLong("salespact.load.think", 7_000);
        long rampMsPerUser = Long.getLong("salespact.load.rampMsPerUser", 150);
        String url = System.getProperty("salespact.load.url", "");
        boolean demoCompany = "demo".equals(System.getProperty("salespact.load.company", "wide"));

        line("Load (issue 7, part 2): real Vaadin sessions over HTTP on loopback, one server node");
        line("machine: %s; %s", Machine.cpu(), Machine.memory());
        line("client JDK: %s", Machine.jdk());
        passwordCheckMs = passwordCheckMillis();
        line("password check alone (BCrypt cost 10, median of 20 in this JVM): %.1f ms; the login step's budget is"
                + " p95 <= %.0f ms (100 ms + that), every other step's p95 <= %.0f ms", passwordCheckMs,
                BUDGET_P95_MS + passwordCheckMs, BUDGET_P95_MS);
        line("scenario per user: login page, login (form POST), init (v-r=init), then repeated: dashboard, deals,"
                + " open deal, save deal, log activity: dialog, log activity: call");
        line("think time: negative exponential, mean %d ms, at most %d ms, between steps (TPC-W); ramp-up %d ms per user; steady phase %d s per level",
                thinkMs, thinkMs * 10, rampMsPerUser, steady.toSeconds());

        SalesPactJar jar = null;
        try {
            if (url.isBlank()) {
                long prepared = System.nanoTime();
                if (demoCompany) {
                    try {
                        jar = SalesPactJar.start("load");
                    } catch (AssertionError noJar) {
                        org.junit.jupiter.api.Assumptions.abort("no production jar: " + noJar.getMessage());
                    }
                } else {
                    jar = LoadCompany.startJar("load");
                }
                url = jar.baseUrl;
                line("server: production jar (java -jar, default JVM options) on %s, fresh H2 file database with %s",
                        url, demoCompany ? "the demo company (12 reps)" : String.format(Locale.ROOT,
                                "the load company (%,d reps in teams of %d, %,d deals, %,d activities; written and started in %d s)",
                                BenchData.Shape.LOAD.reps(), BenchData.REPS_PER_TEAM, BenchData.Shape.LOAD.deals(),
                                BenchData.Shape.LOAD.activities(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - prepared)));
            } else {
                line("server: %s (already running)", url);
            }
            long pid = jar == null ? -1 : jar.pid();
            IntFunction<Credentials> signIn = demoCompany ? i -> new Credentials(DEMO_REPS.get(i % DEMO_REPS.size()))
                    : i -> new Credentials(LoadCompany.rep(i), LoadCompany.PASSWORD);
            for (int users : levels) {
                long heapBefore = ServerJvm.heapAfterGc(pid);
                run(url, users, signIn, steady, thinkMs, Duration.ofMillis(rampMsPerUser * users));
                long heapAfter = ServerJvm.heapAfterGc(pid);
                if (heapBefore > 0 && heapAfter > 0) {
                    line("server heap after a full GC: %.1f MB before, %.1f MB after this level (its %,d sessions"
                            + " still open, each with one UI): %.1f KB per user", heapBefore / 1048576.0,
                            heapAfter / 1048576.0, users, (heapAfter - heapBefore) / 1024.0 / users);
                }
            }
        } finally {
            if (jar != null) {
                jar.close();
            }
            writeReport();
        }
        assertThat(failures).as("load budget").isEmpty();
    }

    private void run(String url, int users, IntFunction<Credentials> signIn, Duration steady, long thinkMs,
                     Duration ramp) throws Exception {
        Map<String, ConcurrentLinkedQueue<long[]>> samples = new ConcurrentHashMap<>(); // {start, nanos}
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        Map<String, ConcurrentLinkedQueue<String>> errorSamples = new ConcurrentHashMap<>();
        STEPS.forEach(step -> {
            samples.put(step, new ConcurrentLinkedQueue<>());
            errors.put(step, new AtomicLong());
            errorSamples.put(step, new ConcurrentLinkedQueue<>());
        });
        String loadStart = Machine.loadAverage();
        long start = System.nanoTime();
        long steadyFrom = start + ramp.toNanos();
        long end = steadyFrom + steady.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                     .executor(threads).build()) {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                long startAt = start + ramp.toNanos() * i / users;
                Credentials credentials = signIn.apply(i);
                running.add(threads.submit(() -> {
                    User user = new User(new VaadinClient(http, url, Duration.ofSeconds(30)), samples, errors,
                            errorSamples);
                    user.run(credentials, startAt, end, thinkMs);
                    return null;
                }));
            }
            for (var future : running) {
                future.get(ramp.toSeconds() + steady.toSeconds() + 300, TimeUnit.SECONDS);
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        line("");
        line("== %,d users: ramp-up %d s, steady %d s (took %d s); load average at start %s, at end %s", users,
                ramp.toSeconds(), steady.toSeconds(), seconds, loadStart, Machine.loadAverage());
        line(Stats.header("step (one server round trip)") + " %7s", "errors");
        long steadyCount = 0;
        for (String step : STEPS) {
            boolean rampStep = step.startsWith("login") || step.equals("init");
            long[] nanos = samples.get(step).stream()
                    .filter(sample -> rampStep || (sample[0] >= steadyFrom && sample[0] < end))
                    .mapToLong(sample -> sample[1]).toArray();
            if (!rampStep) {
                steadyCount += nanos.length;
            }
            Stats stats = Stats.of(nanos);
            long failed = errors.get(step).get();
            line(stats.line(step + (rampStep ? " (ramp-up)" : "")) + " %7d", failed);
            double budget = step.equals(LOGIN) ? BUDGET_P95_MS + passwordCheckMs : BUDGET_P95_MS;
            if (users >= BUDGET_USERS && (stats.p95() > budget || failed > 0 || stats.count() == 0)) {
                failures.add(String.format(Locale.ROOT, "%d users, %s: p95 %.1f ms (budget %.0f ms), %d errors, %d samples",
                        users, step, stats.p95(), budget, failed, stats.count()));
            }
        }
        line("steady phase: %,d round trips, %.1f per second", steadyCount, steadyCount / (double) steady.toSeconds());
        errorSamples.forEach((step, messages) -> messages.stream().limit(3)
                .forEach(message -> line("  error in %s: %s", step, message)));
        if (users < BUDGET_USERS) {
            line("(budget applies at %,d users)", BUDGET_USERS);
        }
    }

    /** One virtual user: signs in, then walks the scenario until the end of the run. */
    private record User(VaadinClient client, Map<String, ConcurrentLinkedQueue<long[]>> samples,
                        Map<String, AtomicLong> errors, Map<String, ConcurrentLinkedQueue<String>> errorSamples) {

        void run(Credentials credentials, long startAt, long end, long thinkMs) throws InterruptedException {
            sleepUntil(startAt);
            Map<String, String> loginPage = step("login page", client::loginPage);
            if (loginPage == null
                    || step("login", () -> {
                        client.login(loginPage, credentials.username(), credentials.password());
                        return true;
                    }) == null
                    || step("init", () -> {
                        client.init("dashboard");
                        return true;
                    }) == null) {
                return;
            }
            while (System.nanoTime() < end) {
                boolean ok = step("dashboard", () -> expect(client.navigate("dashboard"), "team-dashboard")) != null
                        && think(thinkMs, end)
                        && step("deals", () -> expect(client.navigate("deals"), "deal-board")) != null
                        && think(thinkMs, end)
                        && step("open deal", () -> expect(client.clickId("deal-board",
                                tapOnCard(client.anyDealId(ThreadLocalRandom.current()))), "save-deal")) != null
                        && think(thinkMs, end)
                        && step("save deal", () -> expectSuccess(client.clickId("save-deal"))) != null
                        && think(thinkMs, end)
                        && step("log activity: dialog", () -> expect(client.clickId("log-fab"),
                                "log-activity-dialog")) != null
                        && think(thinkMs, end)
                        && step("log activity: call", () -> expectSuccess(client.clickId("log-call"))) != null
                        && think(thinkMs, end);
                if (!ok && System.nanoTime() < end) {
                    // A step failed: start over as a reload would, with a fresh UI in the same session.
                    if (step("init", () -> {
                        client.init("dashboard");
                        return true;
                    }) == null) {
                        return;
                    }
                }
            }
        }

        private <T> T step(String name, Call<T> call) {
            long begin = System.nanoTime();
            try {
                T result = call.call();
                samples.get(name).add(new long[] {begin, System.nanoTime() - begin});
                return result;
            } catch (Exception | AssertionError e) {
                errors.get(name).incrementAndGet();
                if (errorSamples.get(name).size() < 10) {
                    errorSamples.get(name).add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }
        }

        private static JsonNode expect(JsonNode message, String id) {
            if (!message.toString().contains("\"" + id + "\"")) {
                throw new VaadinClient.ProtocolError("answer does not show #" + id + ": "
                        + VaadinClient.abbreviate(message.toString()));
            }
            return message;
        }

        /** The green notification FormErrors.success shows ("Deal saved", "Call logged"). */
        private static JsonNode expectSuccess(JsonNode message) {
            String text = message.toString();
            if (!text.contains("vaadin-notification") || !text.contains("\"success\"")) {
                throw new VaadinClient.ProtocolError("no success notification: " + VaadinClient.abbreviate(text));
            }
            return message;
        }

        private static boolean think(long thinkMs, long end) {
            double exponential = -Math.log(1 - ThreadLocalRandom.current().nextDouble()) * thinkMs;
            long pause = TimeUnit.MILLISECONDS.toNanos(Math.round(Math.min(exponential, thinkMs * 10.0)));
            long until = Math.min(end, System.nanoTime() + pause);
            sleepUntil(until);
            return System.nanoTime() < end;
        }

        private static void sleepUntil(long nanoTime) {
            long wait = nanoTime - System.nanoTime();
            if (wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** How long the server's password check takes on this machine: the median of 20 BCrypt matches after a warm-up. */
    private static double passwordCheckMillis() {
        var encoder = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        String hash = encoder.encode(LoadCompany.PASSWORD);
        long[] nanos = new long[20];
        for (int i = -5; i < nanos.length; i++) {
            long start = System.nanoTime();
            encoder.matches(LoadCompany.PASSWORD, hash);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return nanos[nanos.length / 2] / 1e6;
    }

    private record Credentials(String username, String password) {
        Credentials(String demoUser) {
            this(demoUser, demoUser);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T call() throws Exception;
    }

    private void writeReport() throws IOException {
        line("");
        line("load average at end: %s", Machine.loadAverage());
        line("result: %s", failures.isEmpty() ? "budget met or not evaluated (see above)"
                : "BUDGET MISSED: " + String.join("; ", failures));
        report.write("load.txt");
    }

    private void line(String format, Object... args) {
        report.line(format, args);
    }
}
