package com.salespact.reviews;

import com.salespact.base.AbstractEntity;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.holidays.WorkingDays;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A review meeting of a rep with their manager. Its rules: it is scheduled today or later; agenda and reasons are
 * open until it is held (1:1s, monthly and quarterly reviews record reasons); only a manager adds private agenda
 * items; holding it freezes the facts it was prepared from; each reminder goes out at most once.
 */
@Entity
@Table(name = "review")
class Review extends AbstractEntity {

    static final int MAX_NOTES = 10_000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReviewKind kind;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(name = "manager_id", nullable = false)
    private Long managerId;

    @Column(name = "scheduled_for", nullable = false)
    private LocalDate scheduledFor;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.SCHEDULED;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "facts_snapshot", length = 100_000)
    private String factsSnapshot;

    @Column(name = "rep_notes", length = MAX_NOTES)
    private String repNotes;

    @Column(name = "manager_notes", length = MAX_NOTES)
    private String managerNotes;

    @Column(name = "shared_notes", length = MAX_NOTES)
    private String sharedNotes;

    @Column(name = "plan_text", length = MAX_NOTES)
    private String planText;

    @Column(name = "manager_feedback", length = MAX_NOTES)
    private String managerFeedback;

    @Column(name = "team_feedback", length = MAX_NOTES)
    private String teamFeedback;

    @Column(name = "rep_reminded_at")
    private Instant repRemindedAt;

    @Column(name = "manager_reminded_at")
    private Instant managerRemindedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The calendar event's SEQUENCE (RFC 5545): one more each time the meeting is moved or cancelled. */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    protected Review() {
    }

    /** @throws RuleViolation for a date in the past */
    Review(ReviewKind kind, long repId, long managerId, LocalDate scheduledFor, DateRange period, LocalDate today,
           Instant now) {
        checkDate(scheduledFor, today);
        this.kind = kind;
        this.repId = repId;
        this.managerId = managerId;
        this.scheduledFor = scheduledFor;
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.createdAt = now;
    }

    private static void checkDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw RuleViolation.at("date", "review.date.required");
        }
        if (date.isBefore(today)) {
            throw RuleViolation.at("date", "review.date.past");
        }
    }

    /** Moves the meeting; people are reminded again for the new date. */
    void reschedule(LocalDate date, DateRange period, LocalDate today) {
        requireOpen();
        checkDate(date, today);
        scheduledFor = date;
        periodStart = period.start();
        periodEnd = period.end();
        status = ReviewStatus.SCHEDULED;
        repRemindedAt = null;
        managerRemindedAt = null;
        calendarSequence++;
    }

    /**
     * Moves an open review that falls on a weekend or company holiday to the next working day (e.g. a holiday added
     * after the meeting was scheduled). @return true if it moved
     */
    boolean moveToWorkingDay(WorkingDays workingDays, FiscalCalendar calendar, LocalDate today) {
        if (!status.isOpen() || workingDays.isWorkingDay(scheduledFor) || scheduledFor.isBefore(today)) {
            return false;
        }
        LocalDate day = workingDays.onOrAfter(scheduledFor);
        reschedule(day, ReviewPeriods.periodOf(kind, calendar, day), today);
        return true;
    }

    void cancel() {
        requireOpen();
        status = ReviewStatus.CANCELLED;
        calendarSequence++;
    }

    /** Freezes the facts as they are at {@code now}. */
    void hold(ReviewFacts facts, Instant now, ZoneId zone) {
        requireOpen();
        status = ReviewStatus.HELD;
        heldAt = now;
        heldOn = LocalDate.ofInstant(now, zone);
        factsSnapshot = FactsJson.write(facts);
    }

    /** The frozen facts of a held review; null before. */
    ReviewFacts snapshot() {
        return factsSnapshot == null ? null : FactsJson.read(factsSnapshot);
    }

    /** Held on or before the day it was scheduled for. */
    boolean heldOnTime() {
        return status == ReviewStatus.HELD && heldOn != null && !heldOn.isAfter(scheduledFor);
    }

    /**
     * @param byManager the author is the rep's manager (or an admin); only they may keep an item private
     * @throws RuleViolation when the review was held or cancelled, or a rep asks for a private item
     */
    AgendaItem newAgendaItem(long authorId, boolean byManager, String text, boolean privateItem, int position) {
        requireAgendaOpen();
        if (privateItem && !byManager) {
            throw RuleViolation.at("agendaPrivate", "review.agenda.private.managers-only");
        }
        return new AgendaItem(getId(), authorId, ReviewTextRules.required("agendaText", text, AgendaItem.MAX_TEXT,
                "review.agenda.required"), privateItem, position);
    }

    void requireAgendaOpen() {
        if (!status.isOpen()) {
            throw RuleViolation.at("agendaText", status == ReviewStatus.HELD
                    ? "review.agenda.held" : "review.cancelled");
        }
    }

    ReviewReason newReason(String periodLabel, ReasonCode.Direction direction, ReasonCode code, String text) {
        requireReasonsOpen();
        return new ReviewReason(getId(), periodLabel, direction, code, text);
    }

    void requireReasonsOpen() {
        // The 1:1 says why its week was up or down, as the quarterly review does for each month and week.
        if (kind == ReviewKind.PIPELINE) {
            throw RuleViolation.at("reasonCode", "review.reasons.not-here");
        }
        requireOpen();
    }

    Celebration newCelebration(long authorId, String text, boolean big, Instant now) {
        requireNotCancelled();
        return new Celebration(getId(), authorId, text, big, now);
    }

    void writeSharedNotes(String text) {
        requireNotCancelled();
        sharedNotes = ReviewTextRules.optional("sharedNotes", text, MAX_NOTES);
    }

    void writeManagerNotes(String text) {
        requireNotCancelled();
        managerNotes = ReviewTextRules.optional("managerNotes", text, MAX_NOTES);
    }

    void writePlan(String text) {
        requireNotCancelled();
        planText = ReviewTextRules.optional("planText", text, MAX_NOTES);
    }

    void writeFeedback(String fromManager, String fromTeam) {
        requireNotCancelled();
        managerFeedback = ReviewTextRules.optional("managerFeedback", fromManager, MAX_NOTES);
        teamFeedback = ReviewTextRules.optional("teamFeedback", fromTeam, MAX_NOTES);
    }

    /** A later quarterly review starts from the last one: its plan is the draft of the next. */
    void startFrom(Review previous) {
        if (planText == null && previous != null) {
            planText = previous.planText;
        }
    }

    /** Marks the rep reminded if their reminder is due today; true if this call did it. */
    boolean remindRep(LocalDate today, Instant now) {
        if (!status.isOpen() || repRemindedAt != null
                || !ReminderSchedule.isDue(ReminderSchedule.repRemindedOn(scheduledFor), scheduledFor, today)) {
            return false;
        }
        repRemindedAt = now;
        status = ReviewStatus.PREPARED;
        return true;
    }

    /** Marks the manager reminded if their reminder is due today; true if this call did it. */
    boolean remindManager(LocalDate today, Instant now) {
        if (!status.isOpen() || managerRemindedAt != null
                || !ReminderSchedule.isDue(ReminderSchedule.managerRemindedOn(scheduledFor), scheduledFor, today)) {
            return false;
        }
        managerRemindedAt = now;
        status = ReviewStatus.PREPARED;
        return true;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw RuleViolation.of(status == ReviewStatus.HELD ? "review.held.frozen" : "review.cancelled");
        }
    }

    private void requireNotCancelled() {
        if (status == ReviewStatus.CANCELLED) {
            throw RuleViolation.of("review.cancelled");
        }
    }

    ReviewKind getKind() {
        return kind;
    }

    long getRepId() {
        return repId;
    }

    long getManagerId() {
        return managerId;
    }

    LocalDate getScheduledFor() {
        return scheduledFor;
    }

    DateRange period() {
        return new DateRange(periodStart, periodEnd);
    }

    ReviewStatus getStatus() {
        return status;
    }

    int getCalendarSequence() {
        return calendarSequence;
    }

    Instant getHeldAt() {
        return heldAt;
    }

    String getManagerNotes() {
        return managerNotes;
    }

    String getSharedNotes() {
        return sharedNotes;
    }

    String getPlanText() {
        return planText;
    }

    String getManagerFeedback() {
        return managerFeedback;
    }

    String getTeamFeedback() {
        return teamFeedback;
    }

    Instant getRepRemindedAt() {
        return repRemindedAt;
    }

    Instant getManagerRemindedAt() {
        return managerRemindedAt;
    }
}
