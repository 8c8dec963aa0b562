package com.salespact.demo;

import com.salespact.base.CompanySettings;
import com.salespact.base.StartupWork;
import com.salespact.holidays.HolidayService;
import com.salespact.reviews.OneOnOneCadences;
import com.salespact.reviews.ReasonCode;
import com.salespact.reviews.ReviewFacts;
import com.salespact.reviews.ReviewFactsCollector;
import com.salespact.reviews.FactsJson;
import com.salespact.reviews.ReviewKind;
import com.salespact.security.SystemPrincipal;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo company a review history (see {@link DemoReviewPlanner}) once the company exists: after
 * {@link DemoDataSeeder}, only when every demo person is there and no review exists yet (so a real company with the
 * demo switch left on gets nothing, and an older demo database gets its history on the next start). Rows are written
 * with plain JDBC; the facts of each held review are read by the reviews feature as of the day it was held, oldest
 * first, so the snapshots are exactly what the app would have frozen then. With several nodes started together, one
 * writes the history under the cluster lock {@value #LOCK} while the others wait, then find the reviews there.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "salespact.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoReviewSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviewSeeder.class);
    private static final long SEED = 20_260_106L;
    static final String LOCK = "demo-review-seed";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CompanySettings settings;
    private final ReviewFactsCollector facts;
    private final OneOnOneCadences cadences;
    private final HolidayService holidays;
    private final StartupWork startup;

    public DemoReviewSeeder(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
                            CompanySettings settings, ReviewFactsCollector facts, OneOnOneCadences cadences,
                            HolidayService holidays, StartupWork startup) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.settings = settings;
        this.facts = facts;
        this.cadences = cadences;
        this.holidays = holidays;
        this.startup = startup;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.once(LOCK, this::seed);
    }

    /** @return how many reviews were written, or empty when nothing was seeded */
    public Optional<Integer> seed() {
        if (!isDemoCompanyWithoutReviews()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        DemoClock time = DemoClock.of(clock, settings.calendar());
        List<DemoReviewPlanner.Rep> reps = reps();
        Integer written = SystemPrincipal.call(() -> transaction.execute(status -> write(
                new DemoReviewPlanner(time, new Random(SEED), holidays.workingDays())
                        .reviews(reps, cadences.cadenceFor(reps.getFirst().id())))));
        log.info("Seeded the demo review history in {} ms: {} reviews", (System.nanoTime() - started) / 1_000_000,
                written);
        return Optional.ofNullable(written);
    }

    private boolean isDemoCompanyWithoutReviews() {
        List<String> usernames = DemoCatalog.PEOPLE.stream().map(DemoCatalog.Person::username).toList();
        Integer demoPeople = jdbc.queryForObject("select count(*) from person where username in ("
                + String.join(", ", usernames.stream().map(u -> "?").toList()) + ")", Integer.class,
                usernames.toArray());
        Integer reviews = jdbc.queryForObject("select count(*) from review", Integer.class);
        return demoPeople != null && demoPeople == usernames.size() && reviews != null && reviews == 0;
    }

    private List<DemoReviewPlanner.Rep> reps() {
        Map<Long, List<String>> accounts = new HashMap<>();
        jdbc.query("select owner_id, name from account order by id", rs -> {
            accounts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
        });
        List<DemoReviewPlanner.Rep> reps = new ArrayList<>();
        jdbc.query("""
                select p.id, p.username, p.full_name, t.manager_id from person p join team t on t.id = p.team_id
                where p.role = 'REP' and p.active = true and t.manager_id is not null order by p.username""", rs -> {
            long id = rs.getLong(1);
            reps.add(new DemoReviewPlanner.Rep(id, rs.getString(2), rs.getString(3), rs.getLong(4), reps.size(),
                    accounts.getOrDefault(id, List.of("the key account"))));
        });
        return reps;
    }

    private int write(List<DemoReviewPlanner.Review> plan) {
        jdbc.batchUpdate("""
                insert into review (kind, rep_id, manager_id, scheduled_for, period_start, period_end, status, held_at,
                    held_on, shared_notes, manager_notes, plan_text, manager_feedback, team_feedback, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", plan, 100, (ps, r) -> {
                    ps.setString(1, r.kind().name());
                    ps.setLong(2, r.rep().id());
                    ps.setLong(3, r.rep().managerId());
                    ps.setObject(4, r.date());
                    ps.setObject(5, r.period().start());
                    ps.setObject(6, r.period().end());
                    ps.setString(7, r.status());
                    ps.setObject(8, r.heldAt(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(9, r.heldOn(), java.sql.Types.DATE);
                    ps.setString(10, r.sharedNotes());
                    ps.setString(11, r.managerNotes());
                    ps.setString(12, r.planText());
                    ps.setString(13, r.managerFeedback());
                    ps.setString(14, r.teamFeedback());
                    ps.setObject(15, r.createdAt());
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, rep_id, kind, scheduled_for from review", rs -> {
            ids.put(DemoReviewPlanner.Review.key(rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate()),
                    rs.getLong(1));
        });

        record Child<T>(long reviewId, int position, T item) {
        }
        List<Child<DemoReviewPlanner.Agenda>> agenda = new ArrayList<>();
        List<Child<DemoReviewPlanner.Action>> actions = new ArrayList<>();
        List<Child<DemoReviewPlanner.Celebration>> celebrations = new ArrayList<>();
        for (DemoReviewPlanner.Review review : plan) {
            long id = ids.get(review.key());
            for (int i = 0; i < review.agenda().size(); i++) {
                agenda.add(new Child<>(id, i + 1, review.agenda().get(i)));
            }
            review.actions().forEach(action -> actions.add(new Child<>(id, 0, action)));
            review.celebrations().forEach(win -> celebrations.add(new Child<>(id, 0, win)));
        }
        jdbc.batchUpdate("insert into agenda_item (review_id, author_id, text, private_item, position, discussed)"
                + " values (?, ?, ?, ?, ?, ?)", agenda, 200, (ps, c) -> {
                    ps.setLong(1, c.reviewId());
                    ps.setLong(2, c.item().authorId());
                    ps.setString(3, c.item().text());
                    ps.setBoolean(4, c.item().privateItem());
                    ps.setInt(5, c.position());
                    ps.setBoolean(6, c.item().discussed());
                });
        Map<Long, Long> repOfReview = new HashMap<>();
        plan.forEach(review -> repOfReview.put(ids.get(review.key()), review.rep().id()));
        jdbc.batchUpdate("insert into action_item (review_id, rep_id, owner_id, text, due_date, done_at, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?)", actions, 200, (ps, c) -> {
                    ps.setLong(1, c.reviewId());
                    ps.setLong(2, repOfReview.get(c.reviewId()));
                    ps.setLong(3, c.item().ownerId());
                    ps.setString(4, c.item().text());
                    ps.setObject(5, c.item().due(), java.sql.Types.DATE);
                    ps.setObject(6, c.item().doneAt(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setObject(7, c.item().createdAt());
                });
        jdbc.batchUpdate("insert into celebration (review_id, author_id, text, big, created_at) values (?, ?, ?, ?, ?)",
                celebrations, 200, (ps, c) -> {
                    ps.setLong(1, c.reviewId());
                    ps.setLong(2, c.item().authorId());
                    ps.setString(3, c.item().text());
                    ps.setBoolean(4, c.item().big());
                    ps.setObject(5, c.item().createdAt());
                });
        freezeFacts(plan, ids);
        return plan.size();
    }

    /** Oldest first, so each snapshot's "since last time" starts where the previous one ended. */
    private void freezeFacts(List<DemoReviewPlanner.Review> plan, Map<String, Long> ids) {
        List<DemoReviewPlanner.Review> held = plan.stream().filter(DemoReviewPlanner.Review::held)
                .sorted(Comparator.comparing(DemoReviewPlanner.Review::heldAt)).toList();
        for (DemoReviewPlanner.Review review : held) {
            long id = ids.get(review.key());
            ReviewFacts snapshot = facts.collect(review.rep().id(), id, review.kind(), review.period(),
                    review.heldAt().toInstant());
            jdbc.update("update review set facts_snapshot = ? where id = ?", FactsJson.write(snapshot), id);
            if (review.kind() == ReviewKind.QUARTERLY_PLAN && snapshot.breakdown() != null) {
                reasons(id, snapshot.breakdown());
            }
        }
    }

    /** The rep's "why up or down" for each month of the quarter, in line with the month's numbers. */
    private void reasons(long reviewId, ReviewFacts.QuarterBreakdown breakdown) {
        List<Object[]> rows = new ArrayList<>();
        for (ReviewFacts.PeriodSales month : breakdown.months()) {
            boolean up = month.actual().compareTo(month.target()) >= 0;
            BigDecimal gap = month.actual().subtract(month.target()).abs();
            ReasonCode code = up ? (gap.compareTo(new BigDecimal("20000")) > 0 ? ReasonCode.BIG_WIN
                    : ReasonCode.NEW_ACCOUNT)
                    : (gap.compareTo(new BigDecimal("30000")) > 0 ? ReasonCode.PIPELINE_TOO_THIN
                    : ReasonCode.DEAL_SLIPPED);
            String text = switch (code) {
                case BIG_WIN -> "One large deal closed earlier than planned";
                case NEW_ACCOUNT -> "Two new logos from the autumn campaign";
                case PIPELINE_TOO_THIN -> "Too few opportunities were created the month before";
                default -> "A deal in negotiation moved to the next month";
            };
            rows.add(new Object[] {reviewId, month.label(), up ? "UP" : "DOWN", code.name(), text});
        }
        jdbc.batchUpdate("insert into review_reason (review_id, period_label, direction, reason_code, text)"
                + " values (?, ?, ?, ?, ?)", rows);
    }

}
