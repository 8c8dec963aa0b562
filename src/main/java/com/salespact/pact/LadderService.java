package com.salespact.pact;

import com.salespact.base.Messages;
import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Pace;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.people.AccessGuard;
import com.salespact.people.NotificationService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consequence ladder, live: every week each rep with a pact in force is evaluated against that pact's ladder on
 * the facts of the complete weeks, month and quarter the pact governed (revenue pace and every minimum standard, each
 * week held to the standards that applied to it). The standing is kept per rep; every step up or down is kept in a
 * rung history, told to both sides and, going up, published so the agreed consequence goes on the next 1:1's agenda.
 * Scoped like pacts: a rep reads their own standing, a manager their team's.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class LadderService {

    /** More than the highest weekly trigger (three in a row) needs. */
    static final int WEEKS_LOOKED_BACK = 4;

    private final PactRepository pacts;
    private final ScorecardQuery scorecards;
    private final PaceQuery pace;
    private final LadderRows rows;
    private final LadderWriter writer;
    private final AccessGuard guard;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;
    private final Clock clock;

    LadderService(PactRepository pacts, ScorecardQuery scorecards, PaceQuery pace, LadderRows rows,
                  LadderWriter writer, AccessGuard guard, NotificationService notifications,
                  ApplicationEventPublisher events, CompanySettings settings, Clock clock) {
        this.pacts = pacts;
        this.scorecards = scorecards;
        this.pace = pace;
        this.rows = rows;
        this.writer = writer;
        this.guard = guard;
        this.notifications = notifications;
        this.events = events;
        this.calendar = settings.calendar();
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Evaluates the rep's ladder as of the last complete week and stores the standing; a changed rung is recorded
     * (once per rep and week, also when two nodes evaluate at once), told to rep and manager and published.
     * @return the standing, empty when no pact is in force
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public Optional<LadderPosition> evaluate(long repId) {
        guard.checkOwner(repId);
        LocalDate today = LocalDate.now(clock);
        DateRange lastWeek = FiscalCalendar.isoWeekOf(FiscalCalendar.isoWeekOf(today).start().minusDays(1));
        Optional<Pact> pact = pacts.findByRepId(repId);
        Optional<PactVersion> inForce = pact.flatMap(p -> p.inForce(today));
        Optional<LadderPosition> previous = rows.standing(repId);
        if (inForce.isEmpty()) {
            previous.ifPresent(before -> writer.clear(repId));
            return Optional.empty();
        }
        LocalDate governedFrom = pact.get().governedSince(today).orElseThrow();
        ConsequenceLadder ladder = inForce.get().document().consequences().ladder();
        LadderPosition now = LadderEvaluation.evaluate(ladder, facts(repId, governedFrom, lastWeek), lastWeek.start());
        writer.store(repId, inForce.get().getId(), now, clock.instant());
        int before = previous.map(LadderPosition::rung).orElse(0);
        if (before != now.rung()) {
            record(repId, inForce.get().getId(), before, now, pact.get().getManagerId());
        }
        return Optional.of(now);
    }

    /** The rep's standing as last evaluated; empty when never evaluated or no pact is in force. */
    @Transactional(readOnly = true)
    public Optional<LadderPosition> standing(long repId) {
        guard.checkOwner(repId);
        return rows.standing(repId);
    }

    /** Every step up or down the ladder, newest first. */
    @Transactional(readOnly = true)
    public List<LadderEventLine> history(long repId) {
        guard.checkOwner(repId);
        return rows.history(repId);
    }

    private LadderFacts facts(long repId, LocalDate governedFrom, DateRange lastWeek) {
        List<LadderFacts.Week> weeks = new ArrayList<>();
        DateRange week = lastWeek;
        while (weeks.size() < WEEKS_LOOKED_BACK && !week.start().isBefore(governedFrom)) {
            weeks.add(new LadderFacts.Week(week.start(), FiscalCalendar.isoWeekNumber(week.start()),
                    misses(repId, week)));
            week = FiscalCalendar.isoWeekOf(week.start().minusDays(1));
        }
        LocalDate today = lastWeek.end().plusDays(1);
        DateRange month = calendar.monthOf(calendar.monthOf(today).start().minusDays(1));
        DateRange quarter = calendar.quarterOf(calendar.quarterOf(today).start().minusDays(1));
        return new LadderFacts(weeks, period(repId, month, settings.userFormats().month(month.start()), governedFrom),
                period(repId, quarter, calendar.quarterLabel(quarter.start()), governedFrom));
    }

    /** The week's revenue pace (quarter to date at the week's end) and each standard that governed the week. */
    private List<LadderFacts.Miss> misses(long repId, DateRange week) {
        List<LadderFacts.Miss> misses = new ArrayList<>();
        RepPace quarterToDate = pace.rep(repId, calendar.quarterOf(week.end()), week.end());
        BigDecimal attainment = quarterToDate.attainment();
        if (Pace.of(attainment) != Pace.ON_TRACK) {
            misses.add(new LadderFacts.Miss(Messages.text("ladder.miss.pace"),
                    PactFormat.percent(attainment.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)),
                    PactFormat.percent(BigDecimal.valueOf(100))));
        }
        WeekScorecard card = scorecards.rep(repId, week, week.end());
        for (ScoreLine line : card.lines()) {
            if (!line.met()) {
                misses.add(new LadderFacts.Miss(Messages.text("ladder.miss." + line.metric().name()),
                        String.valueOf(line.actual()), String.valueOf(line.minimum())));
            }
        }
        return misses;
    }

    /** A month or quarter counts only when the pact governed all of it: no rung is ever a surprise. */
    private LadderFacts.Period period(long repId, DateRange range, String label, LocalDate governedFrom) {
        if (range.start().isBefore(governedFrom)) {
            return null;
        }
        RepPace whole = pace.rep(repId, range, range.end());
        return new LadderFacts.Period(label, whole.actualRevenue(), whole.target());
    }

    private void record(long repId, long versionId, int before, LadderPosition now, Long managerId) {
        if (!writer.record(repId, versionId, before, now, clock.instant())) {
            return;
        }
        tellBothSides(repId, versionId, managerId, before, now);
        events.publishEvent(new LadderRungChanged(repId, before, now));
    }

    /**
     * Both sides are sent to the pact, which shows the rung, why, and the history. Each in their own language; the
     * reason inside is the one stored with the standing, written when the ladder was evaluated.
     */
    private void tellBothSides(long repId, long versionId, Long managerId, int before, LadderPosition now) {
        String link = PactLinks.review(versionId);
        notifications.notify(repId, "LADDER_RUNG", () -> rungText(before, now), link);
        if (managerId != null) {
            notifications.notify(managerId, "LADDER_RUNG", () -> rungText(before, now), link);
        }
    }

    private static String rungText(int before, LadderPosition now) {
        String rung = String.valueOf(now.rung());
        String rungs = String.valueOf(now.rungCount());
        return now.rung() > before
                ? Messages.text("ladder.notify.up", rung, rungs, now.reason(), now.consequence())
                : now.reached()
                        ? Messages.text("ladder.notify.down", rung, rungs)
                        : Messages.text("ladder.notify.off");
    }
}
