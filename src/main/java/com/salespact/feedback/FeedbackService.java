package com.salespact.feedback;

import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.people.NotificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuous feedback and 360 requests. Every read and write goes through {@link FeedbackVisibility} after the
 * usual row scoping: a rep reaches only their own feedback and 360s, a manager their team's, an admin everybody's.
 * The quarterly review reads a 360 through {@link #summary(long, DateRange)}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FeedbackService {

    public static final String NOTIFY_REQUESTED = "FEEDBACK_REQUESTED";
    public static final String NOTIFY_SHARED = "FEEDBACK_SHARED";
    /** Where a notification about a waiting 360 request leads. */
    /** The most notes a list shows. */
    public static final int NOTES_LIMIT = 200;
    /** How far ahead answers may be due, in days. */
    static final int MAX_DUE_DAYS = 60;

    private final FeedbackRepository notes;
    private final FeedbackRequestRepository requests;
    private final AccessGuard guard;
    private final NotificationService notifications;
    private final FiscalCalendar calendar;
    private final CompanySettings settings;
    private final Clock clock;

    FeedbackService(FeedbackRepository notes, FeedbackRequestRepository requests, AccessGuard guard,
                    NotificationService notifications, CompanySettings settings, Clock clock) {
        this.notes = notes;
        this.requests = requests;
        this.guard = guard;
        this.notifications = notifications;
        this.calendar = settings.calendar();
        this.settings = settings;
        this.clock = clock;
    }

    // --- continuous feedback ----------------------------------------------------------------------------------

    /** People the signed-in person may give feedback to, by name, with how they stand to them. */
    @Transactional(readOnly = true)
    public List<FeedbackRecipient> recipients() {
        FeedbackPerson me = me();
        Long team = me.isAdmin() ? null : me.teamId();
        if (team == null && !me.isAdmin()) {
            return List.of();
        }
        return notes.activePeople(team).stream()
                .filter(person -> FeedbackVisibility.refusalToGive(me, person).isEmpty())
                .map(person -> new FeedbackRecipient(person, FeedbackRelation.of(me, person)))
                .toList();
    }

    /**
     * Writes praise or a constructive note about somebody; when shared, they are told.
     * @return the new note's id
     * @throws RuleViolation for bad input; AccessDeniedException for somebody out of the author's reach
     */
    public long give(long aboutId, FeedbackKind kind, String text, boolean share) {
        FeedbackPerson me = me();
        FeedbackPerson subject = person(aboutId, "aboutId");
        FeedbackVisibility.refusalToGive(me, subject).ifPresent(refusal -> refuse(refusal, "aboutId"));
        FeedbackRelation relation = FeedbackRelation.of(me, subject);
        Feedback saved = notes.save(new Feedback(me.id(), subject.id(), relation, kind, text, share, clock.instant()));
        if (share) {
            tellShared(saved, me);
        }
        return saved.getId();
    }

    /** Shares a private note with the person it is about; only its author may. */
    public void share(long feedbackId) {
        FeedbackPerson me = me();
        Feedback note = notes.findById(feedbackId).orElseThrow(() -> RuleViolation.of("feedback.gone"));
        if (note.getAuthorId() != me.id()) {
            throw new AccessDeniedException("Only the author shares a note");
        }
        note.share();
        tellShared(note, me);
    }

    /** Notes the signed-in person may read, newest first: written by them, about them (shared), about their team. */
    @Transactional(readOnly = true)
    public List<FeedbackNote> notes() {
        FeedbackPerson me = me();
        DataScope scope = guard.scope();
        List<Feedback> candidates = notes.candidates(me.id(), scope.personId() == null ? scope.teamId() : null,
                scope.isAll(), PageRequest.of(0, NOTES_LIMIT));
        Map<Long, FeedbackPerson> people = people(candidates.stream()
                .flatMap(note -> java.util.stream.Stream.of(note.getAboutId(), note.getAuthorId())).toList());
        return candidates.stream()
                .filter(note -> FeedbackVisibility.canSeeNote(me, people.get(note.getAboutId()), note.getAuthorId(),
                        note.getRelation(), note.isShared()))
                .map(note -> new FeedbackNote(note.getId(), note.getAboutId(), people.get(note.getAboutId()).name(),
                        note.getAuthorId(), people.get(note.getAuthorId()).name(), note.getKind(), note.getRelation(),
                        note.getText(), note.isShared(), note.getCreatedAt(),
                        FeedbackVisibility.canShare(me, note.getAuthorId(), note.isShared())))
                .toList();
    }

    /** Upward feedback about the signed-in person over a period, without names, once there is enough of it. */
    @Transactional(readOnly = true)
    public FeedbackUpwardDigest upwardDigest(DateRange period) {
        FeedbackPerson me = me();
        ZoneId zone = clock.getZone();
        List<Feedback> about = notes.upwardAbout(me.id(), period.start().atStartOfDay(zone).toInstant(),
                        period.end().plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(note -> FeedbackVisibility.inUpwardDigest(me, note.getAboutId(), note.getRelation(),
                        note.isShared()))
                .toList();
        boolean shown = FeedbackVisibility.digestShown(about.size());
        int praise = (int) about.stream().filter(note -> note.getKind() == FeedbackKind.PRAISE).count();
        List<String> texts = shown ? about.stream().map(Feedback::getText).sorted().toList() : List.of();
        return new FeedbackUpwardDigest(period, about.size(), shown ? praise : 0, shown ? about.size() - praise : 0,
                texts, shown);
    }

    // --- 360 requests ------------------------------------------------------------------------------------------

    /**
     * Whose 360 the signed-in person may open: themselves first, then the people they manage (a manager their
     * team, an admin everybody), by name.
     */
    @Transactional(readOnly = true)
    public List<FeedbackPerson> subjects() {
        FeedbackPerson me = me();
        List<FeedbackPerson> managed = me.isRep() ? List.of()
                : notes.activePeople(me.isAdmin() ? null : me.teamId()).stream().filter(me::manages).toList();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(me), managed.stream()).toList();
    }

    /** Whether the signed-in person may ask for a 360 about {@code subjectId}. */
    @Transactional(readOnly = true)
    public boolean mayRequest(long subjectId) {
        return FeedbackVisibility.refusalToRequest(me(), person(subjectId, "subjectId")).isEmpty();
    }

    /** People the signed-in manager may ask for a 360 answer about {@code subjectId}, the subject first. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<FeedbackPerson> respondentChoices(long subjectId) {
        FeedbackPerson me = me();
        FeedbackPerson subject = subject(me, subjectId);
        Long team = me.isAdmin() ? subject.teamId() : me.teamId();
        Set<FeedbackPerson> choices = new LinkedHashSet<>();
        choices.add(subject);
        choices.add(me);
        if (team != null) {
            choices.addAll(notes.activePeople(team));
        }
        return choices.stream().filter(p -> FeedbackVisibility.refusalToAsk(me, p).isEmpty()).toList();
    }

    /**
     * Asks each respondent for a 360 answer about {@code subjectId} over {@code period}, due on {@code dueOn}; the
     * subject among the respondents gives a self-assessment. Each respondent is told (the asker excepted).
     * @return the number of requests created
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public int request(long subjectId, DateRange period, LocalDate dueOn, Collection<Long> respondentIds) {
        FeedbackPerson me = me();
        FeedbackPerson subject = subject(me, subjectId);
        if (period == null) {
            throw RuleViolation.at("period", "feedback.360.period.required");
        }
        LocalDate today = LocalDate.now(clock);
        if (dueOn == null || dueOn.isBefore(today)) {
            throw RuleViolation.at("dueOn", "feedback.360.due.past");
        }
        if (dueOn.isAfter(today.plusDays(MAX_DUE_DAYS))) {
            throw RuleViolation.at("dueOn", "feedback.360.due.too-late", MAX_DUE_DAYS);
        }
        if (respondentIds == null || respondentIds.isEmpty()) {
            throw RuleViolation.at("respondents", "feedback.360.respondents.required");
        }
        Map<Long, FeedbackPerson> respondents = people(new HashSet<>(respondentIds));
        if (respondents.size() != new HashSet<>(respondentIds).size()) {
            throw RuleViolation.at("respondents", "feedback.360.respondents.gone");
        }
        Instant now = clock.instant();
        Formats formats = settings.userFormats();
        String quarter = label(period, formats);
        int created = 0;
        for (FeedbackPerson respondent : respondents.values().stream()
                .sorted(Comparator.comparing(FeedbackPerson::name)).toList()) {
            FeedbackVisibility.refusalToAsk(me, respondent).ifPresent(refusal -> refuse(refusal, "respondents"));
            if (requests.existsBySubjectIdAndRespondentIdAndPeriodStart(subject.id(), respondent.id(), period.start())) {
                throw RuleViolation.at("respondents", "feedback.360.already-asked", respondent.name(),
                        subject.name(), quarter);
            }
            FeedbackRelation relation = FeedbackRelation.of(respondent, subject);
            requests.save(new FeedbackRequest(subject.id(), respondent.id(), relation, me.id(), period, dueOn, now));
            created++;
            if (respondent.id() != me.id()) {
                notifications.notify(respondent.id(), NOTIFY_REQUESTED,
                        () -> requestText(relation, me, subject, period, dueOn), FeedbackLinks.requests());
            }
        }
        return created;
    }

    /** 360 requests the signed-in person still has to answer, soonest due first. */
    @Transactional(readOnly = true)
    public List<FeedbackRequestLine> waitingForMe() {
        FeedbackPerson me = me();
        List<FeedbackRequest> waiting = requests.waitingFor(me.id());
        Map<Long, FeedbackPerson> people = people(waiting.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.getSubjectId(), r.getRequestedBy())).toList());
        return waiting.stream().map(r -> new FeedbackRequestLine(r.getId(), r.getVersion(), r.getSubjectId(),
                people.get(r.getSubjectId()).name(), r.getRelation(), r.getPeriod(), r.getDueOn(),
                r.getRequestedBy() == null ? "—" : people.get(r.getRequestedBy()).name())).toList();
    }

    /**
     * Answers a 360 request; only its respondent may, once.
     * @throws ConcurrentEditException when the request changed since it was opened
     */
    public void answer(long requestId, String strengths, String improvements, Integer rating, long expectedVersion) {
        FeedbackPerson me = me();
        FeedbackRequest request = requests.findById(requestId)
                .orElseThrow(() -> RuleViolation.of("feedback.request.gone"));
        if (request.getRespondentId() != me.id()) {
            throw new AccessDeniedException("Not your request");
        }
        if (request.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(Messages.text("feedback.request.changed"));
        }
        request.answer(strengths, improvements, rating, clock.instant());
    }

    /**
     * What the 360s about {@code subjectId} over {@code period} say, as the signed-in person may see it (the
     * quarterly review shows this). Requests count when their period overlaps the one given.
     * @throws AccessDeniedException for anybody but the subject, the people who manage them and admins
     */
    @Transactional(readOnly = true)
    public FeedbackSummary summary(long subjectId, DateRange period) {
        FeedbackPerson me = me();
        FeedbackPerson subject = readableSubject(me, subjectId);
        List<FeedbackRequest> about = requests.about(subject.id(), period.start(), period.end());
        Map<Long, FeedbackPerson> people = people(about.stream().map(FeedbackRequest::getRespondentId).toList());
        return FeedbackSummary.of(me, subject, period,
                about.stream().map(r -> FeedbackAnswer.of(r, people.get(r.getRespondentId()).name())).toList());
    }

    /** Who was asked about {@code subjectId} for {@code period} and who answered: for the subject's managers only. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<FeedbackRespondentStatus> respondents(long subjectId, DateRange period) {
        FeedbackPerson me = me();
        FeedbackPerson subject = readableSubject(me, subjectId);
        if (!FeedbackVisibility.canSeeWhoAnswered(me, subject)) {
            throw new AccessDeniedException("Only the people who manage " + subject.name() + " see who answered");
        }
        List<FeedbackRequest> about = requests.about(subject.id(), period.start(), period.end());
        Map<Long, FeedbackPerson> people = people(about.stream().map(FeedbackRequest::getRespondentId).toList());
        return about.stream().map(r -> new FeedbackRespondentStatus(r.getRespondentId(),
                        people.get(r.getRespondentId()).name(), r.getRelation(), r.getAnsweredAt()))
                .sorted(Comparator.comparing(FeedbackRespondentStatus::relation)
                        .thenComparing(FeedbackRespondentStatus::respondentName))
                .toList();
    }

    /** The fiscal calendar the 360 periods follow. */
    public FiscalCalendar calendar() {
        return calendar;
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private FeedbackPerson me() {
        long id = guard.user().personId();
        return notes.people(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("Unknown person"));
    }

    private FeedbackPerson person(long id, String field) {
        return notes.people(List.of(id)).stream().findFirst()
                .orElseThrow(() -> RuleViolation.at(field, "feedback.person.unknown", String.valueOf(id)));
    }

    private Map<Long, FeedbackPerson> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return notes.people(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(FeedbackPerson::id, Function.identity()));
    }

    /** The subject of a new 360: row scoping first, then the rule that only their managers ask. */
    private FeedbackPerson subject(FeedbackPerson me, long subjectId) {
        guard.checkOwner(subjectId);
        FeedbackPerson subject = person(subjectId, "subjectId");
        FeedbackVisibility.refusalToRequest(me, subject).ifPresent(refusal -> refuse(refusal, "subjectId"));
        return subject;
    }

    private FeedbackPerson readableSubject(FeedbackPerson me, long subjectId) {
        guard.checkOwner(subjectId);
        FeedbackPerson subject = person(subjectId, "subjectId");
        if (!FeedbackVisibility.canSeeSummary(me, subject)) {
            throw new AccessDeniedException("Not your 360");
        }
        return subject;
    }

    private void tellShared(Feedback note, FeedbackPerson author) {
        // Upward notes reach their manager only through the anonymous digest, never one by one.
        if (note.getRelation() == FeedbackRelation.UPWARD) {
            return;
        }
        String key = note.getKind() == FeedbackKind.PRAISE ? "feedback.notify.shared.praise"
                : "feedback.notify.shared.constructive";
        notifications.notify(note.getAboutId(), NOTIFY_SHARED, () -> Messages.text(key, author.name()),
                FeedbackLinks.feedback());
    }

    /** In the respondent's language and formats. */
    private String requestText(FeedbackRelation relation, FeedbackPerson me, FeedbackPerson subject, DateRange period,
                               LocalDate dueOn) {
        Formats formats = settings.userFormats();
        String quarter = label(period, formats);
        return relation == FeedbackRelation.SELF
                ? Messages.text("feedback.notify.self", me.name(), quarter, formats.date(dueOn))
                : Messages.text("feedback.notify.requested", me.name(), subject.name(), quarter, formats.date(dueOn));
    }

    private String label(DateRange period, Formats formats) {
        DateRange quarter = calendar.quarterOf(period.start());
        return quarter.equals(period) ? calendar.quarterLabel(period.start())
                : formats.dateRange(period.start(), period.end());
    }

    private static void refuse(FeedbackVisibility.Refusal refusal, String field) {
        if (refusal.outOfReach()) {
            throw new AccessDeniedException(refusal.message());
        }
        throw new RuleViolation(field, refusal.message());
    }
}
