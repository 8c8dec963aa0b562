package com.salespact.pact.query;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.pact.CommitmentKind;
import com.salespact.pact.Per;
import com.salespact.people.AccessGuard;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's side of a rep's signed pact, measured like the rep's MAS: weekly 1:1s held (reviews marked held)
 * and coaching hours logged in a period (this month on "My business", a review's week or quarter), against the
 * period's share of the commitment, in one statement.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CommitmentQuery {

    // :version null = the currently signed version; else that version (the pact in force on a review's day).
    // :holding = a 1:1 being marked held right now: it keeps the commitment even though it is not HELD yet.
    private static final String COMMITMENTS = """
            select mc.kind, mc.description, mc.amount, mc.per_period,
                   (select count(*) from review r where r.rep_id = pa.rep_id and r.kind = 'WEEKLY_ONE_ON_ONE'
                      and ((r.status = 'HELD' and r.held_at >= :fromTs and r.held_at < :toTs)
                           or r.id = cast(:holding as bigint))) as one_on_ones,
                   (select coalesce(sum(cs.hours), 0) from coaching_session cs where cs.rep_id = pa.rep_id
                      and cs.held_on between :from and :to) as coaching_hours
            from manager_commitment mc
            join pact_version pv on pv.id = mc.pact_version_id
            join pact pa on pa.id = pv.pact_id
            where pa.rep_id = :rep
              and ((cast(:version as bigint) is null and pv.status = 'SIGNED') or pv.id = :version)
            order by mc.position
            """;

    /** A row of {@link #COMMITMENTS}: what was promised, and both measures of the period. */
    private record Promise(CommitmentKind kind, String description, BigDecimal amount, Per perPeriod, long oneOnOnes,
                           BigDecimal coachingHours) {
    }

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    CommitmentQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** The signed commitments to a rep with this month's record; empty without a signed pact. */
    public List<CommitmentActual> thisMonth(long repId, DateRange month, LocalDate today) {
        return inPeriod(repId, null, month, today, null);
    }

    /**
     * The commitments of one pact version (the one in force for the period) measured over a period up to a day:
     * what was promised for the period, what was due by {@code asOf} (pro-rated by working days) and what was done.
     *
     * @param versionId    the pact version whose commitments count; null for the currently signed one
     * @param holdingReview a weekly 1:1 being marked held at this moment (counts as held); null otherwise
     */
    public List<CommitmentActual> inPeriod(long repId, Long versionId, DateRange period, LocalDate asOf,
                                           Long holdingReview) {
        guard.checkOwner(repId);
        LocalDate upTo = asOf.isAfter(period.end()) ? period.end() : asOf;
        BigDecimal elapsed = share(period, upTo);
        BigDecimal weeks = BigDecimal.valueOf(period.workingDays()).divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
        BigDecimal months = months(period);
        List<Promise> promises = jdbc.sql(COMMITMENTS).param("rep", repId)
                .param("version", versionId, Types.BIGINT).param("holding", holdingReview, Types.BIGINT)
                .param("from", period.start()).param("to", upTo)
                .param("fromTs", Timestamp.valueOf(period.start().atStartOfDay()))
                .param("toTs", Timestamp.valueOf(upTo.plusDays(1).atStartOfDay()))
                .query(Promise.class).list();
        return promises.stream().map(promise -> {
            CommitmentKind kind = promise.kind();
            BigDecimal amount = promise.amount();
            Per per = promise.perPeriod();
            if (!kind.measured() || amount == null || per == null) {
                return new CommitmentActual(kind, promise.description(), amount, per, null, null, null);
            }
            BigDecimal target = switch (per) {
                case WEEK -> amount.multiply(weeks);
                case MONTH -> amount.multiply(months);
                case QUARTER -> amount.multiply(months).divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
            };
            BigDecimal actual = kind == CommitmentKind.ONE_ON_ONE ? BigDecimal.valueOf(promise.oneOnOnes())
                    : promise.coachingHours();
            return new CommitmentActual(kind, promise.description(), amount, per,
                    target.setScale(1, RoundingMode.HALF_UP),
                    target.multiply(elapsed).setScale(1, RoundingMode.HALF_UP), actual);
        }).toList();
    }

    private static BigDecimal share(DateRange period, LocalDate upTo) {
        int total = period.workingDays();
        return total == 0 ? BigDecimal.ONE : BigDecimal.valueOf(period.workingDaysElapsed(upTo))
                .divide(BigDecimal.valueOf(total), MathContext.DECIMAL64);
    }

    /**
     * How many months the period is worth, by working days: a whole month 1, a quarter 3, a week about a quarter of
     * its month. So a monthly promise is measured fairly over a week or a quarter too.
     */
    static BigDecimal months(DateRange period) {
        BigDecimal months = BigDecimal.ZERO;
        for (YearMonth month = YearMonth.from(period.start()); !month.atDay(1).isAfter(period.end());
             month = month.plusMonths(1)) {
            DateRange whole = new DateRange(month.atDay(1), month.atEndOfMonth());
            LocalDate from = whole.start().isBefore(period.start()) ? period.start() : whole.start();
            LocalDate to = whole.end().isAfter(period.end()) ? period.end() : whole.end();
            int inMonth = whole.workingDays();
            if (inMonth > 0) {
                months = months.add(BigDecimal.valueOf(FiscalCalendar.workingDaysBetween(from, to))
                        .divide(BigDecimal.valueOf(inMonth), MathContext.DECIMAL64));
            }
        }
        return months;
    }

    /** Convenience for views: the fiscal month containing today. */
    public List<CommitmentActual> thisMonth(long repId, FiscalCalendar calendar, LocalDate today) {
        return thisMonth(repId, calendar.monthOf(today), today);
    }
}
