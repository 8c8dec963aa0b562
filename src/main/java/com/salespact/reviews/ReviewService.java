package com.salespact.reviews;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.CompanySettings;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.holidays.HolidayService;
import com.salespact.people.AccessGuard;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weekly 1:1s and quarterly plan reviews, scoped like everything else: a rep reaches only their own reviews, a
 * manager their team's, an admin all. What a review shows is built per viewer: a rep never receives private agenda
 * items or the manager's notes. Only people (never a wall screen's DISPLAY principal) get in here.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'REP')")
public class ReviewService {

    static final int LIST_LIMIT = 200;

    private final ReviewRepository reviews;
    private final AgendaItemRepository agenda;
    private final ActionItemRepository actions;
    private final CelebrationRepository celebrations;
    private final ReviewReasonRepository reasons;
    private final ReviewRows rows;
    private final ReviewFactsCollector factsCollector;
    private final PaceQuery pace;
    private final OneOnOneCadences cadences;
    private final HolidayService holidays;
    private final PeopleService people;
    private final AccessGuard guard;
    private final ApplicationEventPublisher events;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReviewService(ReviewRepository reviews, AgendaItemRepository agenda, ActionItemRepository actions,
                  CelebrationRepository celebrations, ReviewReasonRepository reasons, ReviewRows rows,
                  ReviewFactsCollector factsCollector, PaceQuery pace, OneOnOneCadences cadences,
                  HolidayService holidays, PeopleService people, AccessGuard guard, ApplicationEventPublisher events,
                  CompanySettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.reviews = reviews;
        this.agenda = agenda;
        this.actions = actions;
        this.celebrations = celebrations;
        this.reasons = reasons;
        this.rows = rows;
        this.factsCollector = factsCollector;
        this.pace = pace;
        this.cadences = cadences;
        this.holidays = holidays;
        this.people = people;
        this.guard = guard;
        this.events = events;
        this.calendar = settings.calendar();
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    // --- lists and the meeting page -------------------------------------------------------------------------

    /** Reviews still to be held, earliest first; {@code repId} null means every rep the caller may see. */
    @Transactional(readOnly = true)
    public List<ReviewRow> upcoming(Long repId) {
        checkRep(repId);
        return rows.upcoming(guard.scope(), repId, LIST_LIMIT);
    }

    /** Held and cancelled reviews, latest first. */
    @Transactional(readOnly = true)
    public List<ReviewRow> past(Long repId, int limit) {
        checkRep(repId);
        return rows.past(guard.scope(), repId, Math.clamp(limit, 1, LIST_LIMIT));
    }

    /**
     * Every rep the caller may see, with their next review, last held review, open actions and pace this fiscal
     * quarter (a manager's view): the reps who need attention first, at risk, then behind, then on track.
     */
    @Transactional(readOnly = true)
    public List<RepReviews> overview() {
        LocalDate today = today();
        Map<Long, RepPace> paces = new HashMap<>();
        pace.visible(calendar.quarterOf(today), today).reps().forEach(rep -> paces.put(rep.personId(), rep));
        return rows.overview(guard.scope()).stream().map(row -> RepReviews.of(row, paces.get(row.repId())))
                .sorted(RepReviews.ATTENTION_FIRST).toList();
    }

    /**
     * The review as the caller may see it; empty when it does not exist.
     * @throws AccessDeniedException for somebody else's review
     */
    @Transactional(readOnly = true)
    public Optional<ReviewDetails> open(long reviewId) {
        return reviews.findById(reviewId).map(review -> {
            guard.checkOwner(review.getRepId());
            return details(review);
        });
    }

    // --- scheduling -------------------------------------------------------------------------------------

    /**
     * The rep's next weekly 1:1: the earliest one still to be held (even if its day has passed: hold it late or
     * cancel it), else a new one scheduled on the rep's cadence ({@link OneOnOneCadences}). For other features
     * too: a catch-up plan puts its points on this meeting's agenda.
     */
    public ReviewRow nextOneOnOne(long repId) {
        Review review = nextOneOnOneOf(repId);
        return row(review);
    }

    /**
     * Schedules a review of the rep for a day (managers and admins); a weekend or company holiday moves it to the
     * next working day. A quarterly plan review starts from the previous one: its plan text is copied forward (open
     * action items carry over by themselves).
     * @throws RuleViolation for a day in the past, or when one of this kind is already open for the rep
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public ReviewRow schedule(long repId, ReviewKind kind, LocalDate requested) {
        PersonSummary rep = rep(repId);
        LocalDate date = onWorkingDay(requested);
        Review review = new Review(kind, repId, managerOf(rep), date, ReviewPeriods.periodOf(kind, calendar,
                date == null ? today() : date), today(), now());
        if (!reviews.openOf(repId, kind).isEmpty()) {
            throw RuleViolation.at("date", "review.already-open", Messages.text("review.kind.in-sentence." + kind.name()),
                    rep.fullName());
        }
        if (kind == ReviewKind.QUARTERLY_PLAN) {
            review.startFrom(reviews.latest(repId, kind).orElse(null));
        }
        return row(invited(saved(review)));
    }

    /** Moves a review to another day; a weekend or company holiday moves it on to the next working day. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public ReviewRow reschedule(long reviewId, LocalDate requested) {
        Review review = load(reviewId);
        LocalDate date = onWorkingDay(requested);
        review.reschedule(date, ReviewPeriods.periodOf(review.getKind(), calendar, date == null ? today() : date),
                today());
        return row(invited(saved(review)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public void cancel(long reviewId) {
        Review review = load(reviewId);
        review.cancel();
        invited(saved(review));
    }

    // --- agenda -----------------------------------------------------------------------------------------

    /**
     * Adds a point to talk about. Managers may keep it private (never shown to the rep).
     * @throws RuleViolation when the review was held, or a rep asks for a private item
     */
    public ReviewDetails.AgendaLine addAgendaItem(long reviewId, String text, boolean privateItem) {
        Review review = load(reviewId);
        SignedInUser me = guard.user();
        // Points the app adds by itself (the daily catch-up check runs as the system) stand in the manager's name.
        long author = me.personId() == com.salespact.security.SystemPrincipal.PERSON_ID ? review.getManagerId()
                : me.personId();
        AgendaItem item = agenda.save(review.newAgendaItem(author, isManager(me), text, privateItem,
                agenda.lastPosition(reviewId) + 1));
        publish(review);
        return agendaLine(item, new HashMap<>());
    }

    /** Puts a point on the rep's next 1:1 (scheduling it if needed), e.g. from a catch-up plan. */
    public ReviewDetails.AgendaLine addAgendaItemToNextOneOnOne(long repId, String text, boolean privateItem) {
        return addAgendaItem(nextOneOnOneOf(repId).getId(), text, privateItem);
    }

    /** The author, or a manager, takes a point off an agenda that is still open. */
    public void removeAgendaItem(long itemId) {
        AgendaItem item = agenda.findById(itemId).orElseThrow(() -> RuleViolation.of("review.agenda.gone"));
        Review review = load(item.getReviewId());
        SignedInUser me = guard.user();
        if (item.isPrivateItem() && !isManager(me)) {
            throw new AccessDeniedException("Not your item");
        }
        if (!isManager(me) && item.getAuthorId() != me.personId()) {
            throw RuleViolation.at("agendaText", "review.agenda.not-author");
        }
        review.requireAgendaOpen();
        agenda.delete(item);
        publish(review);
    }

    public void markDiscussed(long itemId, boolean discussed) {
        AgendaItem item = agenda.findById(itemId).orElseThrow(() -> RuleViolation.of("review.agenda.gone"));
        Review review = load(item.getReviewId());
        if (item.isPrivateItem() && !isManager(guard.user())) {
            throw new AccessDeniedException("Not your item");
        }
        item.markDiscussed(discussed);
        publish(review);
    }

    // --- action items -----------------------------------------------------------------------------------

    /**
     * Agrees an action in a review. The owner is the rep or their manager.
     * @throws RuleViolation for a missing text, a past due date or another owner
     */
    public ReviewDetails.ActionLine addActionItem(long reviewId, long ownerId, String text, LocalDate dueDate) {
        Review review = load(reviewId);
        if (review.getStatus() == ReviewStatus.CANCELLED) {
            throw RuleViolation.at("actionText", "review.cancelled");
        }
        checkOwnerOfAction(review.getRepId(), review.getManagerId(), ownerId);
        ActionItem item = actions.save(new ActionItem(reviewId, null, review.getRepId(), ownerId, text, dueDate,
                now(), today()));
        publish(review);
        return actionLine(item, reviewId, new HashMap<>());
    }

    /**
     * An action for the rep outside any meeting (a catch-up plan's step); it appears in every following review
     * until done. The owner is the rep or their manager.
     */
    public ReviewDetails.ActionLine addActionItemForRep(long repId, long ownerId, String text, LocalDate dueDate,
                                                        Long catchUpPlanId) {
        PersonSummary rep = rep(repId);
        checkOwnerOfAction(repId, managerOf(rep), ownerId);
        ActionItem item = actions.save(new ActionItem(null, catchUpPlanId, repId, ownerId, text, dueDate, now(),
                today()));
        events.publishEvent(new ReviewChanged(rep.teamId(), 0, repId));
        return actionLine(item, null, new HashMap<>());
    }

    /** Ticks an action done (or undoes the tick). Anyone who may see the rep's reviews may. */
    public ReviewDetails.ActionLine setActionDone(long actionId, boolean done) {
        ActionItem item = actions.findById(actionId)
                .orElseThrow(() -> RuleViolation.of("review.actions.gone"));
        guard.checkOwner(item.getRepId());
        if (done) {
            item.complete(now());
        } else {
            item.reopen();
        }
        events.publishEvent(new ReviewChanged(people.teamOf(item.getRepId()), 0, item.getRepId()));
        return actionLine(item, null, new HashMap<>());
    }

    /** The rep's open action items, soonest due first. */
    @Transactional(readOnly = true)
    public List<ReviewDetails.ActionLine> openActions(long repId) {
        guard.checkOwner(repId);
        Map<Long, String> names = new HashMap<>();
        return actions.findByRepIdAndDoneAtIsNullOrderByDueDateAscCreatedAtAsc(repId).stream()
                .map(item -> actionLine(item, null, names)).toList();
    }

    // --- notes, plan, feedback, reasons, celebrations ---------------------------------------------------

    /** Notes both sides see. @return the review's new version */
    public long saveSharedNotes(long reviewId, long expectedVersion, String text) {
        Review review = loadForChange(reviewId, expectedVersion);
        review.writeSharedNotes(text);
        return flushed(review).getVersion();
    }

    /** The manager's own notes, never shown to the rep. @return the review's new version */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public long saveManagerNotes(long reviewId, long expectedVersion, String text) {
        Review review = loadForChange(reviewId, expectedVersion);
        review.writeManagerNotes(text);
        return flushed(review).getVersion();
    }

    /** The rep's plan to stay ahead or catch up (quarterly plan review). @return the review's new version */
    public long savePlan(long reviewId, long expectedVersion, String planText) {
        Review review = loadForChange(reviewId, expectedVersion);
        review.writePlan(planText);
        return flushed(review).getVersion();
    }

    /** The manager's and the team's feedback on the plan. @return the review's new version */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public long saveFeedback(long reviewId, long expectedVersion, String managerFeedback, String teamFeedback) {
        Review review = loadForChange(reviewId, expectedVersion);
        review.writeFeedback(managerFeedback, teamFeedback);
        return flushed(review).getVersion();
    }

    /**
     * Saves the texts the user changed on the meeting page (notes, plan, feedback). Only the texts this user changed
     * are put onto the current review, so a text somebody else saved meanwhile is kept; a text both changed to
     * something different stops the save. The merge is made even when the version did not move: the page keeps a
     * text being typed while it refreshes from the other device, so the text it started from may be older than the
     * version it holds. Retried when another save slips in, so the merge is against the review really current.
     * @return the texts now stored, as the caller may see them
     * @throws ReviewConflictException listing the texts both changed; nothing is saved
     * @throws AccessDeniedException when a rep changes a text only a manager writes
     * @throws RuleViolation naming the text whose rule was broken
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ReviewTexts saveTexts(long reviewId, Edit<ReviewTexts> edit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> mergeTexts(reviewId, edit));
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw conflict();
                }
            }
        }
    }

    private ReviewTexts mergeTexts(long reviewId, Edit<ReviewTexts> edit) {
        Review review = load(reviewId);
        boolean managerView = isManager(guard.user());
        if (!managerView && ReviewTexts.FIELDS.changed(edit.base(), edit.mine()).stream()
                .anyMatch(ReviewTexts.MANAGERS_ONLY::contains)) {
            throw new AccessDeniedException("Only a manager writes these notes");
        }
        ReviewTexts current = ReviewTexts.of(review, managerView);
        Merge<ReviewTexts> merge = ReviewTexts.FIELDS.merge(edit.base(), edit.mine(), current);
        if (!merge.clean()) {
            throw new ReviewConflictException(current, merge.conflicts(), review.getVersion());
        }
        ReviewTexts merged = merge.merged();
        java.util.Set<String> changes = ReviewTexts.FIELDS.changed(current, merged);
        if (changes.isEmpty()) {
            return current;
        }
        if (changes.contains("sharedNotes")) {
            review.writeSharedNotes(merged.getSharedNotes());
        }
        if (changes.contains("managerNotes")) {
            review.writeManagerNotes(merged.getManagerNotes());
        }
        if (changes.contains("planText")) {
            review.writePlan(merged.getPlanText());
        }
        if (changes.contains("managerFeedback") || changes.contains("teamFeedback")) {
            review.writeFeedback(merged.getManagerFeedback(), merged.getTeamFeedback());
        }
        return ReviewTexts.of(saved(review), managerView);
    }

    /** Why a month or week was up or down: a reason code plus text (monthly and quarterly reviews). */
    public ReviewDetails.ReasonLine addReason(long reviewId, String periodLabel, ReasonCode.Direction direction,
                                              ReasonCode code, String text) {
        Review review = load(reviewId);
        ReviewReason reason = reasons.save(review.newReason(periodLabel, direction, code, text));
        publish(review);
        return reasonLine(reason);
    }

    public void removeReason(long reasonId) {
        ReviewReason reason = reasons.findById(reasonId)
                .orElseThrow(() -> RuleViolation.of("review.reason.gone"));
        Review review = load(reason.getReviewId());
        review.requireReasonsOpen();
        reasons.delete(reason);
        publish(review);
    }

    public ReviewDetails.CelebrationLine addCelebration(long reviewId, String text, boolean big) {
        Review review = load(reviewId);
        Celebration celebration = celebrations.save(review.newCelebration(guard.user().personId(), text, big, now()));
        publish(review);
        return new ReviewDetails.CelebrationLine(celebration.getId(), celebration.getText(), celebration.isBig(),
                false);
    }

    public void removeCelebration(long celebrationId) {
        Celebration celebration = celebrations.findById(celebrationId)
                .orElseThrow(() -> RuleViolation.of("review.celebrations.gone"));
        Review review = load(celebration.getReviewId());
        SignedInUser me = guard.user();
        if (!isManager(me) && celebration.getAuthorId() != me.personId()) {
            throw RuleViolation.at("celebrationText", "review.celebrations.not-author");
        }
        celebrations.delete(celebration);
        publish(review);
    }

    // --- holding ----------------------------------------------------------------------------------------

    /**
     * Marks the review held (managers and admins): the facts are frozen as they are now, so the review keeps
     * showing what was true then. For a weekly 1:1 the next one is scheduled on the rep's cadence.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    public ReviewDetails markHeld(long reviewId) {
        Review review = load(reviewId);
        Instant now = now();
        review.hold(factsCollector.collect(review.getRepId(), review.getId(), review.getKind(), review.period(), now,
                true), now, clock.getZone());
        flushed(review);
        if (review.getKind() == ReviewKind.WEEKLY_ONE_ON_ONE) {
            nextOneOnOneOf(review.getRepId());
        }
        return details(review);
    }

    // --- internals --------------------------------------------------------------------------------------

    private Review nextOneOnOneOf(long repId) {
        PersonSummary rep = rep(repId);
        List<Review> open = reviews.openOf(repId, ReviewKind.WEEKLY_ONE_ON_ONE);
        if (!open.isEmpty()) {
            return open.getFirst();
        }
        LocalDate last = reviews.latest(repId, ReviewKind.WEEKLY_ONE_ON_ONE).map(Review::getScheduledFor).orElse(null);
        LocalDate date = cadences.cadenceFor(repId).next(last, today(), holidays.workingDays());
        return invited(saved(new Review(ReviewKind.WEEKLY_ONE_ON_ONE, repId, managerOf(rep), date,
                ReviewPeriods.weekUnderReview(date), today(), now())));
    }

    /** Null stays null (the domain asks for a day). */
    private LocalDate onWorkingDay(LocalDate requested) {
        return requested == null ? null : holidays.workingDays().onOrAfter(requested);
    }

    private PersonSummary rep(long repId) {
        PersonSummary rep = people.findVisible(repId).orElseThrow(() -> RuleViolation.of("review.rep.unknown"));
        if (rep.role() != Role.REP) {
            throw RuleViolation.at("repId", "review.rep.not-rep", rep.fullName());
        }
        return rep;
    }

    private void checkRep(Long repId) {
        if (repId != null) {
            guard.checkOwner(repId);
        }
    }

    /** The manager of the rep's team: the other person in the meeting. */
    private long managerOf(PersonSummary rep) {
        return people.visibleTeams().stream()
                .filter(team -> team.id() == (rep.teamId() == null ? -1 : rep.teamId()))
                .map(TeamSummary::managerId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> RuleViolation.at("repId", "review.rep.no-manager", rep.fullName()));
    }

    private static void checkOwnerOfAction(long repId, long managerId, long ownerId) {
        if (ownerId != repId && ownerId != managerId) {
            throw RuleViolation.at("actionOwner", "review.actions.owner.invalid");
        }
    }

    private Review load(long reviewId) {
        Review review = reviews.findById(reviewId).orElseThrow(() -> RuleViolation.of("review.gone"));
        guard.checkOwner(review.getRepId());
        return review;
    }

    private Review loadForChange(long reviewId, long expectedVersion) {
        Review review = load(reviewId);
        if (review.getVersion() != expectedVersion) {
            throw conflict();
        }
        return review;
    }

    private Review saved(Review review) {
        Review stored = reviews.saveAndFlush(review);
        publish(stored);
        return stored;
    }

    /** The rep and the manager get the review as a calendar invitation (or its move, or its cancellation). */
    private Review invited(Review review) {
        events.publishEvent(ReviewInvitations.of(review, people::nameOf));
        return review;
    }

    private Review flushed(Review review) {
        try {
            return saved(review);
        } catch (OptimisticLockingFailureException raced) {
            throw conflict();
        }
    }

    private static ConcurrentEditException conflict() {
        return new ConcurrentEditException(Messages.text("review.concurrent"));
    }

    private void publish(Review review) {
        events.publishEvent(new ReviewChanged(people.teamOf(review.getRepId()), review.getId(), review.getRepId()));
    }

    private static boolean isManager(SignedInUser user) {
        return user.isManager() || user.isAdmin();
    }

    private ReviewDetails details(Review review) {
        boolean managerView = isManager(guard.user());
        Map<Long, String> names = new HashMap<>();
        long id = review.getId();
        boolean held = review.getStatus() == ReviewStatus.HELD;
        Instant now = now();
        // A review not held yet is prepared now: its previous review and the rep's action items are read once, for
        // the facts and for the action list alike. A held one shows what was frozen and agreed in it.
        Optional<Review> previous = held ? Optional.empty()
                : reviews.lastHeldBefore(review.getRepId(), null, now, id);
        List<ActionItem> repItems = held ? List.of() : actions.findByRepIdOrderByCreatedAt(review.getRepId());
        ReviewFacts facts = held ? review.snapshot()
                : factsCollector.collect(review.getRepId(), id, review.getKind(), review.period(), now, false,
                        previous, repItems);
        List<ReviewDetails.AgendaLine> agendaLines = agenda.findByReviewIdOrderByPosition(id).stream()
                .filter(item -> managerView || !item.isPrivateItem())
                .map(item -> agendaLine(item, names)).toList();
        List<ActionItem> items = held ? actions.findByReviewIdOrderByCreatedAt(id)
                : CarryOver.itemsFor(id, previous.map(Review::getHeldAt).orElse(null), now, repItems);
        List<ReviewDetails.CelebrationLine> wins = new ArrayList<>();
        if (facts != null) {
            facts.wins().forEach(win -> wins.add(new ReviewDetails.CelebrationLine(null, win.dealName(),
                    win.amount().compareTo(BIG_WIN) >= 0, true)));
        }
        celebrations.findByReviewIdOrderByCreatedAtAscIdAsc(id).forEach(celebration -> wins.add(
                new ReviewDetails.CelebrationLine(celebration.getId(), celebration.getText(), celebration.isBig(),
                        false)));
        boolean first = held ? noneHeldBefore(review, review.getHeldAt()) : firstOfKind(review, previous, now);
        return new ReviewDetails(id, review.getVersion(), review.getKind(), review.getStatus(), review.getRepId(),
                name(review.getRepId(), names), review.getManagerId(), name(review.getManagerId(), names),
                review.getScheduledFor(), review.period(), review.getHeldAt(), review.heldOnTime(), managerView, first,
                facts, agendaLines, review.getSharedNotes(), managerView ? review.getManagerNotes() : null,
                items.stream().map(item -> actionLine(item, id, names)).toList(), wins,
                reasons.findByReviewIdOrderById(id).stream().map(ReviewService::reasonLine).toList(),
                review.getPlanText(), review.getManagerFeedback(), review.getTeamFeedback());
    }

    /** A won deal this big is a big win. */
    static final java.math.BigDecimal BIG_WIN = new java.math.BigDecimal("40000");

    /** No review of this one's kind was held for the rep at or before {@code moment}. */
    private boolean noneHeldBefore(Review review, Instant moment) {
        return reviews.lastHeldBefore(review.getRepId(), review.getKind(), moment, review.getId()).isEmpty();
    }

    /**
     * {@link #noneHeldBefore} at {@code now}, answered from the previous review of any kind when it tells: none held
     * at all, or the last one is of this kind. Only when it is of another kind is the question asked again.
     */
    private boolean firstOfKind(Review review, Optional<Review> previous, Instant now) {
        if (previous.isEmpty()) {
            return true;
        }
        return previous.get().getKind() != review.getKind() && noneHeldBefore(review, now);
    }

    private ReviewRow row(Review review) {
        return new ReviewRow(review.getId(), review.getKind(), review.getRepId(), people.nameOf(review.getRepId()),
                review.getScheduledFor(), review.getStatus(), review.getHeldAt(), review.heldOnTime());
    }

    private ReviewDetails.AgendaLine agendaLine(AgendaItem item, Map<Long, String> names) {
        return new ReviewDetails.AgendaLine(item.getId(), item.getText(), item.isPrivateItem(), item.getAuthorId(),
                name(item.getAuthorId(), names), item.isDiscussed());
    }

    private ReviewDetails.ActionLine actionLine(ActionItem item, Long reviewId, Map<Long, String> names) {
        return new ReviewDetails.ActionLine(item.getId(), item.getText(), item.getOwnerId(),
                name(item.getOwnerId(), names), item.getDueDate(), !item.isOpen(), item.isOverdue(today()),
                CarryOver.isCarried(item, reviewId), item.getCatchUpPlanId());
    }

    private static ReviewDetails.ReasonLine reasonLine(ReviewReason reason) {
        return new ReviewDetails.ReasonLine(reason.getId(), reason.getPeriodLabel(), reason.getDirection(),
                reason.getReasonCode(), reason.getText());
    }

    private String name(long personId, Map<Long, String> names) {
        return names.computeIfAbsent(personId, people::nameOf);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
