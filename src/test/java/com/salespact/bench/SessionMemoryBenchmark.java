package com.salespact.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.salespact.TestSupport;
import com.salespact.dashboard.ui.DashboardView;
import com.salespact.deals.ui.DealsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 7, part 1: retained heap per signed-in user. For N = 100 and 1,000, opens N Vaadin sessions (Karibu's mock
 * servlet over the real Spring context and seeded test database), each signed in as one of the seeded managers and
 * reps (round robin) with the team dashboard, the deals board or the deals list open, keeps them all strongly reachable, forces full GCs
 * and divides the growth of the used heap by N. With {@code -Dsalespact.bench.histogram=true} a class histogram
 * (GC.class_histogram through the DiagnosticCommand MBean) before and after the N = 100 runs shows what dominates. Budget: 100 KB per user; a miss fails the run after the report is written
 * (target/bench/session-memory.txt). {@code ./mvnw test -Pbench -Dtest=SessionMemoryBenchmark}
 *
 * <p>Not in the figure: what the real servlet container keeps per HTTP session outside Vaadin (Tomcat's session
 * object, the Spring Security context attribute); Karibu's fake HTTP session stands in for them.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionMemoryBenchmark {

    private static final long BUDGET_BYTES = 100 * 1024;
    private static final int[] SIZES = {100, 1_000};
    /** The deals page in its list layout (a page of 20 rows as one element) instead of the board it opens with. */
    private static final String LIST = "deals?view=list";

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcTemplate jdbc;

    private final Function0<UI> uiFactory = UI::new;
    private final BenchReport report = new BenchReport();
    private final List<String> failures = new ArrayList<>();
    private MockSpringServlet servlet;

    private record Open(VaadinSession session, UI ui) {
    }

    @Test
    void retainedHeapPerUser() throws Exception {
        line("Session memory (issue 7, part 1): retained heap per signed-in user, Karibu mock servlet, real Spring context");
        line("machine: %s; %s", Machine.cpu(), Machine.memory());
        line("JDK: %s; GC: %s", Machine.jdk(), gcNames());
        line("load average at start: %s", Machine.loadAverage());
        productionLikeVaadin();
        servlet = new MockSpringServlet(new Routes().autoDiscoverViews("com.salespact"), context, uiFactory);
        List<String> people = jdbc.queryForList(
                "select username from person where role in ('MANAGER', 'REP') order by id", String.class);
        line("users: %d seeded managers and reps, round robin", people.size());

        // Warm up: class loading, Vaadin's and Hibernate's caches, the connection pool, LiveUpdates' registry.
        close(open(people, "dashboard", DashboardView.class, 30));
        close(open(people, "deals", DealsView.class, 30));
        close(open(people, LIST, DealsView.class, 30));

        line("");
        line("%-16s %6s %14s %14s %12s %8s", "view", "N", "heap before", "heap after", "per user", "budget");
        for (int n : SIZES) {
            measure(people, "dashboard", DashboardView.class, n);
            measure(people, "deals", DealsView.class, n);
            measure(people, LIST, DealsView.class, n);
        }
    }

    private void measure(List<String> people, String route, Class<? extends Component> view, int n) throws Exception {
        boolean histogram = n == SIZES[0] && Boolean.getBoolean("salespact.bench.histogram");
        long before = usedAfterGc();
        Map<String, long[]> first = histogram ? histogram() : Map.of();
        long start = System.nanoTime();
        List<Open> open = open(people, route, view, n);
        long openedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long after = usedAfterGc();
        Map<String, long[]> second = histogram ? histogram() : Map.of();
        long perUser = (after - before) / n;
        boolean met = perUser <= BUDGET_BYTES;
        System.out.printf(Locale.ROOT, "[bench] %s N=%d: %.1f KB per user%n", route, n, perUser / 1024.0);
        line("%-16s %6d %11.1f MB %11.1f MB %9.1f KB %8s   (opened in %,d ms)", route, n, mb(before), mb(after),
                perUser / 1024.0, met ? "met" : "MISSED", openedMs);
        if (!met) {
            failures.add(String.format(Locale.ROOT, "%s N=%d: %.1f KB per user > %d KB", route, n, perUser / 1024.0,
                    BUDGET_BYTES / 1024));
        }
        if (histogram) {
            histograms.add(top(route, n, first, second));
        }
        // Keeps every UI reachable up to the second measurement.
        assertThat(open).hasSize(n);
        close(open);
    }

    private final List<String> histograms = new ArrayList<>();

    /**
     * The test context runs Vaadin in development mode, where ComponentTracker keeps two Throwables (stack traces)
     * per component for the dev tools; production mode does not. Turned off here so the figure is production's.
     */
    private void productionLikeVaadin() throws ReflectiveOperationException {
        java.lang.reflect.Field disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, Boolean.TRUE);
        line("Vaadin development-mode component tracking turned off (production mode does not track)");
    }

    private List<Open> open(List<String> people, String route, Class<? extends Component> view, int n) {
        List<Open> open = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            MockVaadin.setup(uiFactory, servlet); // same servlet: only a new session and UI
            UsernamePasswordAuthenticationToken token = TestSupport.signIn(users, people.get(i % people.size()));
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(token);
            request.setUserInRole((principal, role) -> token.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            UI.getCurrent().getPage().reload();
            int query = route.indexOf('?');
            if (query < 0) {
                UI.getCurrent().navigate(route);
            } else {
                UI.getCurrent().navigate(route.substring(0, query),
                        com.vaadin.flow.router.QueryParameters.fromString(route.substring(query + 1)));
            }
            UI ui = UI.getCurrent();
            assertThat(ui.getCurrentView()).isInstanceOf(view);
            // What writing the response does: the changes and JavaScript calls for the browser are collected and let go.
            StateTree tree = ui.getInternals().getStateTree();
            tree.runExecutionsBeforeClientResponse();
            tree.collectChanges(change -> { });
            ui.getInternals().dumpPendingJavaScriptInvocations();
            open.add(new Open(VaadinSession.getCurrent(), ui));
            TestSupport.signOut();
        }
        return open;
    }

    /**
     * Closes the UIs as a session timeout would (detach: views unsubscribe from live updates). Karibu locked every
     * session on this thread; the locks are released directly, as Vaadin refuses to touch one session while another
     * is locked by the same thread.
     */
    private void close(List<Open> open) {
        for (Open each : open) {
            VaadinSession.setCurrent(each.session());
            UI.setCurrent(each.ui());
            java.util.concurrent.locks.ReentrantLock lock =
                    (java.util.concurrent.locks.ReentrantLock) each.session().getLockInstance();
            lock.lock();
            try {
                MockVaadin.INSTANCE.closeCurrentUI(true);
            } catch (RuntimeException e) {
                line("  (closing a UI failed: %s)", e);
            } finally {
                while (lock.isHeldByCurrentThread()) {
                    lock.unlock();
                }
            }
        }
        UI.setCurrent(null);
        VaadinSession.setCurrent(null);
        open.clear();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * class name → {instances, bytes}: the DiagnosticCommand MBean's GC.class_histogram (forces a full GC itself), in
     * process (jcmd's self-attach hung here).
     */
    private static Map<String, long[]> histogram() throws javax.management.JMException {
        String out = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String row : out.lines().toList()) {
            String[] parts = row.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                try {
                    classes.merge(parts[3], new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                } catch (NumberFormatException notARow) {
                    // header or total
                }
            }
        }
        return classes;
    }

    private static String top(String route, int n, Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nheap histogram growth, %s, N=%d: top classes per user (instances, bytes)%n", route, n));
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(25)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %-78s %8.1f %9.1f KB%n", e.getKey(),
                        e.getValue()[0] / (double) n, e.getValue()[1] / 1024.0 / n)));
        return out.toString();
    }

    @AfterAll
    void writeReport() throws IOException {
        report.addAll(histograms);
        line("");
        line("load average at end: %s", Machine.loadAverage());
        line("result: %s", failures.isEmpty() ? "budget met (<= 100 KB per user)"
                : "BUDGET MISSED: " + String.join("; ", failures));
        report.write("session-memory.txt");
        assertThat(failures).as("session memory budget").isEmpty();
    }

    private static String gcNames() {
        return String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024;
    }

    private void line(String format, Object... args) {
        report.line(format, args);
    }
}
