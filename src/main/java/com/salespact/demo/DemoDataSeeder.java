package com.salespact.demo;

import com.salespact.base.CompanySettings;
import com.salespact.base.StartupWork;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a realistic demo company: an admin, two teams with a manager and six reps each,
 * targets with seasonality, 80 accounts, 18 months of deals and daily activities up to today, commission plans and
 * the public holidays no review is scheduled on ({@link DemoHolidays}).
 * Everything is relative to the application clock, so the current quarter always has live data, and drawn from
 * fixed random seeds, so the same day always gives the same company. Every password equals the username.
 * Runs only when {@code salespact.demo.enabled} is true (the default) and the {@code person} table is empty; with
 * several nodes started together, one seeds under the cluster lock {@value #LOCK} while the others wait, then find
 * the company there.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "salespact.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final long SEED = 20_260_101L;
    static final String LOCK = "demo-seed";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CompanySettings settings;
    private final PasswordEncoder passwordEncoder;
    private final StartupWork startup;

    public DemoDataSeeder(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
            CompanySettings settings, PasswordEncoder passwordEncoder, StartupWork startup) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.settings = settings;
        this.passwordEncoder = passwordEncoder;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.once(LOCK, this::seed);
        // Said at every start, so a demo left running on a server (e.g. a Docker image started as is) is noticed.
        log.warn("DEMO DATA is on: anyone can sign in as admin/admin, manager/manager or rep/rep (every demo person's "
                + "password is their username). Not for real data: start with SALESPACT_DEMO_ENABLED=false on an empty "
                + "database, or with the prod profile (see README, Configuration).");
    }

    /**
     * Seeds the demo company in one transaction unless the database already has people.
     *
     * @return what was written, or empty when nothing was seeded
     */
    public Optional<DemoSeedReport> seed() {
        if (!isEmpty()) {
            log.debug("Demo company not seeded: the database already has people");
            return Optional.empty();
        }
        long started = System.nanoTime();
        DemoClock time = DemoClock.of(clock, settings.calendar());
        DemoSeedReport report;
        try (ExecutorService hashing = Executors.newVirtualThreadPerTaskExecutor()) {
            DemoPlan plan = plan(time, hashing);
            DemoFeedbackPlan feedback = new DemoFeedbackPlanner(time, new Random(SEED + 4)).plan();
            report = transaction.execute(status -> {
                if (!isEmpty()) {
                    return null;
                }
                DemoSeedReport written = new DemoDataWriter(jdbc, clock.getZone()).write(plan, time.nowUtc());
                new DemoPactWriter(jdbc, time).write();
                written = written.withActivities(written.activities() + DemoLadders.shapeActivity(jdbc, time));
                DemoHolidays.write(jdbc);
                new DemoFeedbackWriter(jdbc).write(feedback);
                return written;
            });
            if (report != null) {
                log.info("Seeded feedback and development: {}", feedback);
            }
        }
        if (report == null) {
            return Optional.empty();
        }
        log.info("Seeded the demo company in {} ms: {}", (System.nanoTime() - started) / 1_000_000, report);
        return Optional.of(report);
    }

    private DemoPlan plan(DemoClock time, ExecutorService hashing) {
        DemoPeoplePlanner peoplePlanner = new DemoPeoplePlanner(time, new Random(SEED));
        List<DemoRep> reps = peoplePlanner.reps();
        List<DemoPlan.Person> people = peoplePlanner.people();
        Map<String, CompletableFuture<String>> passwordHashes = passwordHashes(people, hashing);
        List<DemoPlan.Target> targets = peoplePlanner.targets(reps);

        DemoAccountPlanner accountPlanner = new DemoAccountPlanner(time, new Random(SEED + 1));
        List<DemoPlan.Account> accounts = accountPlanner.accounts(reps);
        Map<String, List<DemoPlan.Account>> accountsByOwner = accounts.stream()
                .collect(Collectors.groupingBy(DemoPlan.Account::ownerUsername));

        List<DemoPlan.Deal> deals = new DemoDealPlanner(time, new Random(SEED + 2), targets, accountsByOwner)
                .deals(reps);
        List<DemoPlan.Activity> activities = new DemoActivityPlanner(time, new Random(SEED + 3), accountsByOwner)
                .activities(reps);
        return new DemoPlan(peoplePlanner.teams(), people, passwordHashes, targets, accounts,
                accountPlanner.accountPlans(accounts), deals, activities, peoplePlanner.commissionPlans(reps));
    }

    /** Every password is the username. BCrypt is slow on purpose, so the hashes are made while the seed runs. */
    private Map<String, CompletableFuture<String>> passwordHashes(List<DemoPlan.Person> people,
            ExecutorService hashing) {
        return people.stream().collect(Collectors.toMap(DemoPlan.Person::username,
                p -> CompletableFuture.supplyAsync(() -> passwordEncoder.encode(p.username()), hashing)));
    }

    private boolean isEmpty() {
        Integer people = jdbc.queryForObject("select count(*) from person", Integer.class);
        return people == null || people == 0;
    }
}
