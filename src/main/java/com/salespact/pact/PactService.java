package com.salespact.pact;

import com.salespact.base.Formats;
import com.salespact.base.Messages;
import com.salespact.activities.MinimumStandards;
import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.goals.GoalService;
import com.salespact.goals.TargetLine;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.people.NotificationService;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales pacts, scoped like everything else: a rep reads and signs only their own; a manager prepares, proposes and
 * countersigns their team's; an admin may do all of it. The lifecycle rules live in {@link Pact}/{@link PactVersion}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PactService {

    /** How many days before its end a pact is due for renewal: {@code salespact.pact.renewal-days}, 30. */
    static final String RENEWAL_DAYS = "${salespact.pact.renewal-days:30}";

    private final PactRepository pacts;
    private final FormulaHistoryRows history;
    private final PactRows rows;
    private final PactTargetWriter pactTargets;
    private final LadderRows ladderRows;
    private final AccessGuard guard;
    private final PeopleService people;
    private final GoalService goals;
    private final MinimumStandards standards;
    private final NotificationService notifications;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int renewalDays;
    private final LadderService ladder;
    private final ObjectProvider<PactCommissionSource> commission;
    private final CompanySettings settings;
    private final TransactionTemplate transaction;

    PactService(PactRepository pacts, FormulaHistoryRows history, PactRows rows, PactTargetWriter pactTargets,
                LadderRows ladderRows, AccessGuard guard,
                PeopleService people, GoalService goals, MinimumStandards standards, NotificationService notifications,
                Clock clock, ApplicationEventPublisher events, LadderService ladder,
                ObjectProvider<PactCommissionSource> commission, CompanySettings settings,
                @org.springframework.beans.factory.annotation.Value(RENEWAL_DAYS) int renewalDays,
                PlatformTransactionManager transactions) {
        this.renewalDays = renewalDays;
        this.transaction = new TransactionTemplate(transactions);
        this.ladder = ladder;
        this.pacts = pacts;
        this.history = history;
        this.rows = rows;
        this.pactTargets = pactTargets;
        this.ladderRows = ladderRows;
        this.guard = guard;
        this.people = people;
        this.goals = goals;
        this.standards = standards;
        this.notifications = notifications;
        this.clock = clock;
        this.events = events;
        this.commission = commission;
        this.settings = settings;
    }

    /** Every rep in the caller's scope with where their pact stands (a rep: their own line). */
    @Transactional(readOnly = true)
    public List<PactOverviewRow> overview() {
        DataScope scope = guard.scope();
        LocalDate today = LocalDate.now(clock);
        return rows.overview(scope.teamId(), scope.personId(), today).stream().map(row -> {
            PactStatus openStatus = row.openId() == null ? null : row.openStatus();
            boolean repSigned = row.openRepSigned() != null;
            return new PactOverviewRow(row.id(), row.fullName(),
                    state(row.signedId() != null, row.validUntil(), row.nextId() != null, openStatus, repSigned, today,
                            renewalDays),
                    row.signedId(), row.signedNumber(), row.managerSignedAt(), row.validFrom(), row.validUntil(),
                    row.openId(), row.openNumber(), openStatus,
                    row.openLastStep() == null ? 0 : row.openLastStep(), row.openPeriodStart(), row.nextId(),
                    row.nextNumber(), row.nextFrom(), row.outOfStep() == 1, row.ladder());
        }).toList();
    }

    /**
     * What to act on first. A pact is due for renewal only within {@code renewalDays} of its end, and not once next
     * period's pact is signed.
     */
    static PactState state(boolean inForce, LocalDate validUntil, boolean nextSigned, PactStatus open,
                           boolean repSigned, LocalDate today, int renewalDays) {
        if (open == PactStatus.PROPOSED) {
            return repSigned ? PactState.AWAITING_COUNTERSIGNATURE : PactState.PROPOSED;
        }
        if (inForce) {
            return validUntil != null && !nextSigned && !today.isBefore(renewalStarts(validUntil, renewalDays))
                    ? PactState.DUE_FOR_RENEWAL : PactState.SIGNED;
        }
        if (open == PactStatus.DRAFT) {
            return PactState.DRAFT;
        }
        return nextSigned ? PactState.SIGNED : PactState.NONE;
    }

    /** The first day a pact ending on {@code end} is due for renewal. */
    static LocalDate renewalStarts(LocalDate end, int renewalDays) {
        return end.minusDays(renewalDays);
    }

    /** All versions of a rep's pact, newest first; empty when they have none. */
    @Transactional(readOnly = true)
    public List<PactVersionLine> history(long repId) {
        guard.checkOwner(repId);
        return pacts.findByRepId(repId).map(pact -> pact.versions().reversed().stream()
                .map(version -> new PactVersionLine(version.getId(), version.getNumber(), version.getStatus(),
                        version.getCreatedAt(), version.repSignedAt().orElse(null),
                        version.managerSignedAt().orElse(null), version.getValidFrom(), version.getValidUntil(),
                        version.supersededAt().orElse(null))).toList())
                .orElse(List.of());
    }

    /** @return the version, or empty when it does not exist or belongs to somebody the caller may not see */
    @Transactional(readOnly = true)
    public Optional<PactVersionDetails> load(long versionId) {
        Optional<Pact> pact = pacts.findByVersionId(versionId);
        if (pact.isEmpty()) {
            return Optional.empty();
        }
        guard.checkOwner(pact.get().getRepId());
        return Optional.of(details(pact.get(), pact.get().version(versionId)));
    }

    /**
     * The version a manager works on for a rep: the open one, else a new version of the signed pact, else a first
     * draft pre-filled from the rep's target and the company's standards.
     * @return the version's id
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long openDraft(long repId) {
        guard.checkOwner(repId);
        PersonSummary rep = people.findVisible(repId).filter(person -> person.role() == com.salespact.security.Role.REP)
                .orElseThrow(() -> RuleViolation.of("pact.rule.reps-only"));
        Instant now = clock.instant();
        Optional<Pact> existing = pacts.findByRepId(repId);
        if (existing.isEmpty()) {
            Pact pact = pacts.saveAndFlush(new Pact(repId, guard.user().personId(), firstDocument(rep), now));
            return pact.versions().getFirst().getId();
        }
        Pact pact = existing.get();
        if (pact.openVersion().isPresent()) {
            return pact.openVersion().get().getId();
        }
        LocalDate today = LocalDate.now(clock);
        PactVersion draft = pact.startChange(now, today, nextPeriod(pact, today));
        // Flush, not save: merging would persist a copy of the new version and leave this one without an id.
        pacts.flush();
        return draft.getId();
    }

    /**
     * A change of one signed version: a new draft from its content for its period (the open version when there is
     * one already).
     * @return the draft's id
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long openChange(long signedVersionId) {
        Pact pact = pacts.findByVersionId(signedVersionId).orElseThrow(() -> RuleViolation.of("pact.rule.no-such-pact"));
        guard.checkOwner(pact.getRepId());
        if (pact.openVersion().isPresent()) {
            return pact.openVersion().get().getId();
        }
        PactVersion signed = pact.version(signedVersionId);
        LocalDate today = LocalDate.now(clock);
        PactVersion draft = pact.startChange(clock.instant(), signed,
                signed.period().orElseGet(() -> nextPeriod(pact, today)));
        pacts.flush();
        return draft.getId();
    }

    /**
     * The period a new version covers: the same as the newest signed one's for a change, unless that one ends
     * before the period a new pact would default to (a renewal in the last quarter): then the period after it.
     */
    private PactPeriod nextPeriod(Pact pact, LocalDate today) {
        PactPeriod fallback = PactPeriod.defaultFor(goals.calendar(), today);
        return pact.latestSigned(today).flatMap(PactVersion::period)
                .map(signed -> signed.end().isBefore(fallback.start()) ? nextAfter(signed) : signed)
                .orElse(fallback);
    }

    /** The period after a signed one: the next fiscal year, or the next twelve months. */
    private PactPeriod nextAfter(PactPeriod signed) {
        return signed.fiscalYear(goals.calendar())
                .map(year -> PactPeriod.fiscalYear(goals.calendar(), year + 1))
                .orElse(PactPeriod.twelveMonthsFrom(signed.end().plusDays(1)));
    }

    private PactDocument firstDocument(PersonSummary rep) {
        PactPeriod period = PactPeriod.defaultFor(goals.calendar(), LocalDate.now(clock));
        // The period's target when one is set, else this year's as the starting point for next year's.
        int year = goals.calendar().fiscalYearOf(period.start());
        Optional<TargetLine> target = targetLine(rep.id(), year)
                .or(() -> targetLine(rep.id(), goals.currentFiscalYear()));
        PactDocument document = PactDefaults.first(target.map(TargetLine::revenue).orElse(null),
                target.map(TargetLine::minGrossProfit).orElse(null), standards, rep.repStyle());
        return document.with(document.targets().withPeriod(period));
    }

    private Optional<TargetLine> targetLine(long repId, int fiscalYear) {
        return goals.year(fiscalYear).reps().stream()
                .filter(line -> line.personId() == repId && line.targetId() != null).findFirst();
    }

    /**
     * Saves one step of a draft as typed, complete or not, and reports what still keeps the step from being complete.
     * @throws ConcurrentEditException when somebody else saved this version since {@code expectedVersion}
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public SavedStep save(long versionId, long expectedVersion, StepContent content, int reachedStep) {
        Pact pact = editable(versionId, expectedVersion);
        PactVersion version = pact.version(versionId);
        version.save(content, reachedStep, clock.instant());
        pacts.flush();
        return new SavedStep(version.getVersion(), version.getUpdatedAt(), content.problems(), content);
    }

    /**
     * Saves what the user changed in one step of a draft, complete or not. When somebody saved the pact since the
     * wizard loaded it, only the fields of the step this user changed are put onto the current step (a change to
     * another step, or to another field of this one, is kept); only a field both changed differently stops the save.
     * Retried when another save slips in, so the merge is made against the version that is really current.
     * @return the saved step, as stored (their changes included)
     * @throws StepConflictException listing the fields both changed; nothing is saved
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public SavedStep save(long versionId, Edit<StepDraft> edit, int reachedStep) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Pact pact = editable(versionId);
                    PactVersion version = pact.version(versionId);
                    StepContent content = edit.mine().content();
                    if (version.getVersion() != edit.version()) {
                        PactStep step = edit.mine().step();
                        StepDraft theirs = StepDraft.of(version.document().step(step));
                        Merge<StepDraft> merge = StepDraft.fields(step).merge(edit.base(), edit.mine(), theirs);
                        if (!merge.clean()) {
                            throw new StepConflictException(theirs, merge.conflicts(), version.getVersion());
                        }
                        content = merge.merged().content();
                    }
                    version.save(content, reachedStep, clock.instant());
                    pacts.flush();
                    return new SavedStep(version.getVersion(), version.getUpdatedAt(), content.problems(), content);
                });
            } catch (ObjectOptimisticLockingFailureException raced) {
                if (attempt == 3) {
                    throw new ConcurrentEditException(Messages.text("pact.rule.changed-by-other"));
                }
            }
        }
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long propose(long versionId, long expectedVersion) {
        Pact pact = editable(versionId, expectedVersion);
        PactVersion version = pact.version(versionId);
        PactCommissionSource plans = commission.getIfAvailable();
        PactCommission plan = plans == null ? null : planOf(plans, pact.getRepId(), version).orElse(null);
        version.propose(guard.user().personId(), plan, clock.instant(),
                currentFormula(pact.getRepId(), version.document()));
        pacts.flush();
        notifications.notify(pact.getRepId(), "PACT_PROPOSED", () -> Messages.text("pact.notify.proposed",
                String.valueOf(version.getNumber())), PactLinks.review(versionId));
        return version.getVersion();
    }

    /** Back to draft: the manager wants a change, or the rep asks for one (the manager is told why). */
    public long reopen(long versionId, long expectedVersion, String reason) {
        Pact pact = locked(versionId, expectedVersion);
        SignedInUser user = guard.user();
        boolean isRep = user.personId() == pact.getRepId();
        if (isRep && StepContent.blank(reason)) {
            throw RuleViolation.at("reason", "pact.rule.reason-required");
        }
        PactVersion version = pact.version(versionId);
        version.reopen(clock.instant());
        pacts.flush();
        if (isRep && pact.getManagerId() != null) {
            notifications.notify(pact.getManagerId(), "PACT_CHANGES_REQUESTED",
                    () -> Messages.text("pact.notify.changes-requested", user.fullName(), reason.strip()),
                    PactLinks.step(versionId, PactStep.TARGETS));
        }
        return version.getVersion();
    }

    /** The rep's signature; only the rep themselves can give it. */
    public long signAsRep(long versionId, long expectedVersion) {
        Pact pact = locked(versionId, expectedVersion);
        SignedInUser user = guard.user();
        if (user.personId() != pact.getRepId()) {
            throw new AccessDeniedException("Only the rep signs their own pact");
        }
        PactVersion version = pact.version(versionId);
        version.signAsRep(user.personId(), clock.instant());
        pacts.flush();
        Long manager = version.getProposedBy() != null ? version.getProposedBy() : pact.getManagerId();
        if (manager != null) {
            notifications.notify(manager, "PACT_SIGNED_BY_REP", () -> Messages.text("pact.notify.signed-by-rep",
                    user.fullName(), String.valueOf(version.getNumber())), PactLinks.review(versionId));
        }
        return version.getVersion();
    }

    /**
     * The manager's countersignature puts the version in force for its period and makes its targets the rep's
     * targets for that period (a target revision naming the pact), so every figure reads the agreed number.
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long countersign(long versionId, long expectedVersion) {
        Pact pact = locked(versionId, expectedVersion);
        PactVersion version = pact.version(versionId);
        LocalDate today = LocalDate.now(clock);
        pact.countersign(version, guard.user().personId(), clock.instant(), today);
        pacts.flush();
        writeTargets(pact.getRepId(), version, today);
        notifications.notify(pact.getRepId(), "PACT_SIGNED", () -> signedText(version), PactLinks.review(versionId));
        events.publishEvent(new PactSigned(pact.getRepId(), versionId, version.getNumber()));
        return version.getVersion();
    }

    private String signedText(PactVersion version) {
        Formats formats = settings.userFormats();
        return Messages.text("pact.notify.signed", String.valueOf(version.getNumber()),
                formats.date(version.getValidFrom()), formats.date(version.getValidUntil()));
    }

    private void writeTargets(long repId, PactVersion version, LocalDate today) {
        TargetsStep agreed = version.document().targets();
        PactPeriod period = version.period().orElseThrow();
        String reason = Messages.text("pact.target-reason", String.valueOf(version.getNumber()),
                settings.userFormats().date(today));
        for (var year : goals.setForPeriod(repId, period.range(), agreed.revenueTarget(), agreed.grossProfitTarget(),
                reason)) {
            pactTargets.write(version.getId(), year.fiscalYear(), year.revenue(), year.minGrossProfit());
        }
    }

    /** The pact in force for a rep today, if any. */
    @Transactional(readOnly = true)
    public Optional<SignedTerms> signedTerms(long repId) {
        guard.checkOwner(repId);
        return termsOf(repId, LocalDate.now(clock));
    }

    /**
     * The pact version in force for a rep on a day: signed, its period covering the day. Consecutive pacts (this
     * year's and next year's) hand over on the later one's start date. Empty when none governs that day.
     */
    @Transactional(readOnly = true)
    public Optional<SignedTerms> termsInForce(long repId, LocalDate day) {
        guard.checkOwner(repId);
        return termsOf(repId, day);
    }

    private Optional<SignedTerms> termsOf(long repId, LocalDate day) {
        return pacts.findByRepId(repId).flatMap(pact -> pact.inForce(day)).map(version -> new SignedTerms(
                version.getId(), version.getNumber(), version.getValidFrom(), version.getValidUntil(),
                version.document(), version.managerSignedAt().orElse(null), version.commission().orElse(null)));
    }

    /**
     * Whether the rep's targets still say what the governing pact versions (in force, or next period's) set; false
     * when a target was changed outside the pact since.
     */
    @Transactional(readOnly = true)
    public boolean outOfStep(long versionId) {
        return rows.outOfStep(versionId);
    }

    /**
     * Starts a new version whose targets are the rep's current targets for the period (after a change outside the
     * pact), so the pact catches up with them.
     * @return the new (or already open) version's id
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long startVersionWithCurrentTarget(long repId) {
        guard.checkOwner(repId);
        Pact pact = pacts.findByRepId(repId).orElseThrow(() -> RuleViolation.of("pact.rule.no-signed"));
        LocalDate today = LocalDate.now(clock);
        PactVersion stale = pact.versions().stream()
                .filter(version -> version.inForceOn(today) || version.signedBeyond(today))
                .filter(version -> version.getStatus() == PactStatus.SIGNED && outOfStep(version.getId()))
                .findFirst().orElseThrow(() -> RuleViolation.of("pact.rule.in-step"));
        PactPeriod period = stale.period().orElseThrow();
        PactVersion draft = pact.openVersion().orElseGet(() -> pact.startChange(clock.instant(), today, period));
        if (draft.getStatus() != PactStatus.DRAFT || !period.equals(draft.document().targets().period())) {
            throw RuleViolation.of("pact.rule.version-other-period", String.valueOf(draft.getNumber()));
        }
        // The fiscal years the period touches, as they stand now (one year for a fiscal-year pact).
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal grossProfit = BigDecimal.ZERO;
        for (int year : period.fiscalYears(goals.calendar())) {
            Optional<TargetLine> line = targetLine(repId, year);
            if (line.isPresent()) {
                revenue = revenue.add(line.get().revenue());
                grossProfit = grossProfit.add(line.get().minGrossProfit());
            }
        }
        if (period.fiscalYear(goals.calendar()).isPresent()) {
            draft.save(draft.document().targets().withTargets(revenue, grossProfit), draft.getLastStep(),
                    clock.instant());
        }
        pacts.flush();
        return draft.getId();
    }

    /**
     * How often the signed pact says the manager holds a 1:1 with the rep, in weeks (1 a week → 1, 2 a month → 2,
     * 1 a month → 4); empty without a signed pact or a 1:1 commitment. Not private (the wall shows 1:1 dates), so
     * schedulers and the demo seed may ask without signing in.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public java.util.OptionalInt oneOnOneEveryWeeks(long repId) {
        return termsOf(repId, LocalDate.now(clock)).flatMap(terms -> terms.document().expectations().commitments().stream()
                        .filter(c -> c.kind() == CommitmentKind.ONE_ON_ONE && c.amount() != null
                                && c.amount().signum() > 0 && c.per() != null)
                        .findFirst())
                .map(c -> java.util.OptionalInt.of(Math.max(1, (int) Math.round(
                        1.0 / c.per().toWeekly(c.amount()).doubleValue()))))
                .orElse(java.util.OptionalInt.empty());
    }

    /** The sales formula for a rep's revenue target: their last twelve months, the team's where theirs is thin. */
    @Transactional(readOnly = true)
    public SalesFormula formula(long repId, BigDecimal revenueTarget, FormulaOverrides overrides) {
        guard.checkOwner(repId);
        return formulaOf(repId, revenueTarget, overrides, LocalDate.now(clock));
    }

    private SalesFormula currentFormula(long repId, PactDocument document) {
        return formulaOf(repId, document, LocalDate.now(clock));
    }

    private SalesFormula formulaOf(long repId, PactDocument document, LocalDate asOf) {
        return formulaOf(repId, document.targets().revenueTarget(), document.role().formula(), asOf);
    }

    /** The formula as the history stood on {@code asOf} (the twelve months up to that day). */
    private SalesFormula formulaOf(long repId, BigDecimal revenueTarget, FormulaOverrides overrides, LocalDate asOf) {
        return SalesFormula.of(revenueTarget, history.rep(repId, asOf), history.team(people.teamOf(repId), asOf),
                overrides);
    }

    /** The periods step 1 offers for a version (its own stays among them). */
    @Transactional(readOnly = true)
    public List<PeriodChoice> periodChoices(PactPeriod current) {
        return PactPeriod.choices(goals.calendar(), LocalDate.now(clock), current);
    }

    private Pact editable(long versionId, long expectedVersion) {
        Pact pact = locked(versionId, expectedVersion);
        checkNotTheRep(pact);
        return pact;
    }

    /** For a merging save: the version may have moved on. */
    private Pact editable(long versionId) {
        Pact pact = scoped(versionId);
        checkNotTheRep(pact);
        return pact;
    }

    private void checkNotTheRep(Pact pact) {
        if (guard.user().personId() == pact.getRepId()) {
            throw new AccessDeniedException("A rep does not edit their own pact");
        }
    }

    private Pact scoped(long versionId) {
        Pact pact = pacts.findByVersionId(versionId).orElseThrow(() -> RuleViolation.of("pact.rule.no-such-pact"));
        guard.checkOwner(pact.getRepId());
        return pact;
    }

    /** The pact holding the version, after the scope check and the optimistic-lock check. */
    private Pact locked(long versionId, long expectedVersion) {
        Pact pact = scoped(versionId);
        PactVersion version = pact.version(versionId);
        if (version.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(Messages.text("pact.rule.changed-by-other-reload"));
        }
        return pact;
    }

    private PactVersionDetails details(Pact pact, PactVersion version) {
        SignedInUser user = guard.user();
        boolean isRep = user.personId() == pact.getRepId();
        boolean manages = !isRep && (user.isAdmin() || user.role() == com.salespact.security.Role.MANAGER);
        PactStatus status = version.getStatus();
        boolean repSigned = version.repSignedAt().isPresent();
        Optional<PactVersion> replaced = pact.versions().stream()
                .filter(other -> other.getNumber() < version.getNumber())
                .filter(other -> other.getStatus() == PactStatus.SIGNED || other.getStatus() == PactStatus.SUPERSEDED)
                .reduce((first, second) -> second);
        PactReading reading = reading(pact, version);
        List<PactChange> changes = replaced.map(old -> PactChange.between(old.document(), reading(pact, old),
                        version.document(), reading)).orElse(List.of());
        PactVersionDetails.Allowed allowed = new PactVersionDetails.Allowed(
                manages && status == PactStatus.DRAFT,
                manages && status == PactStatus.DRAFT,
                status == PactStatus.PROPOSED && (manages || (isRep && !repSigned)),
                isRep && status == PactStatus.PROPOSED && !repSigned,
                manages && status == PactStatus.PROPOSED && repSigned,
                manages && status == PactStatus.SIGNED && pact.openVersion().isEmpty());
        return new PactVersionDetails(pact.getId(), version.getId(), version.getVersion(), version.getNumber(), status,
                pact.getRepId(), people.nameOf(pact.getRepId()), version.document(), version.getLastStep(),
                version.getUpdatedAt(), version.proposedAt().orElse(null), version.repSignedAt().orElse(null),
                nameOrNull(version.getRepSignedBy()), version.managerSignedAt().orElse(null),
                nameOrNull(version.getManagerSignedBy()), version.getValidFrom(), version.getValidUntil(),
                replaced.map(PactVersion::getNumber).orElse(null), changes, allowed,
                version.period().orElse(null), version.getStandardsFrom(),
                status == PactStatus.SIGNED && outOfStep(version.getId()), ladderOf(pact.getRepId()),
                plan(pact.getRepId(), version, replaced.orElse(null), manages), reading);
    }

    /** The rep's standing on the ladder of the pact in force, as last evaluated. */
    @Transactional(readOnly = true)
    public Optional<LadderPosition> ladderStanding(long repId) {
        guard.checkOwner(repId);
        return ladder.standing(repId);
    }

    /** Whether the rep's targets were changed outside the pact in force today (or next period's, once signed). */
    @Transactional(readOnly = true)
    public boolean targetsOutOfStep(long repId) {
        guard.checkOwner(repId);
        LocalDate today = LocalDate.now(clock);
        return pacts.findByRepId(repId).stream().flatMap(pact -> pact.versions().stream())
                .filter(version -> version.inForceOn(today) || version.signedBeyond(today))
                .anyMatch(version -> version.getStatus() == PactStatus.SIGNED && outOfStep(version.getId()));
    }

    /** Every step up or down the rep's ladder, newest first. */
    @Transactional(readOnly = true)
    public List<LadderEventLine> ladderHistory(long repId) {
        guard.checkOwner(repId);
        return ladder.history(repId);
    }

    /** The rep's standing on the ladder of the pact in force, as last evaluated; null when never evaluated. */
    private LadderPosition ladderOf(long repId) {
        return ladderRows.standing(repId).orElse(null);
    }

    private LocalDate planDay() {
        return LocalDate.now(clock);
    }

    /**
     * The commission plan a version shows and freezes: the plan of the fiscal year its period starts in, or, for next
     * year's pact prepared before next year's plan exists, the plan in force today (what the rep signs is what pays).
     */
    private Optional<PactCommission> planOf(PactCommissionSource plans, long repId, PactVersion version) {
        LocalDate today = planDay();
        LocalDate start = version.period().map(PactPeriod::start).filter(day -> day.isAfter(today)).orElse(today);
        return plans.planFor(repId, start).or(() -> plans.planFor(repId, today));
    }

    /** The commission plan as the version shows it: frozen terms once proposed, the plan as it stands in a draft. */
    private PactPlan plan(long repId, PactVersion version, PactVersion replaced, boolean manages) {
        PactCommissionSource plans = commission.getIfAvailable();
        if (plans == null) {
            return PactPlan.NONE;
        }
        PactStatus status = version.getStatus();
        boolean frozen = status != PactStatus.DRAFT;
        PactCommission terms;
        PactCommission standing = null;
        if (frozen) {
            terms = version.commission().orElse(null);
            if (status == PactStatus.PROPOSED || status == PactStatus.SIGNED) {
                // The plan of the frozen terms' year when it moved on since; without frozen terms, the plan that pays.
                standing = plans.planFor(repId, dayIn(terms)).filter(now -> !now.sameTermsAs(terms)).orElse(null);
            }
        } else {
            terms = planOf(plans, repId, version).orElse(null);
        }
        PactCommission before = replaced == null ? null : replaced.commission().orElse(null);
        return new PactPlan(terms, frozen, status == PactStatus.SIGNED || status == PactStatus.SUPERSEDED, standing,
                before, PactPlan.text(plans, terms),
                PactPlan.text(plans, standing), PactPlan.text(plans, before),
                manages ? plans.planLink(repId, dayIn(terms)) : null);
    }

    /** Today when it is in the terms' fiscal year (or there are none), else that year's first day. */
    private LocalDate dayIn(PactCommission terms) {
        LocalDate today = planDay();
        return terms == null || goals.calendar().fiscalYearOf(today) == terms.fiscalYear() ? today
                : goals.calendar().year(terms.fiscalYear()).start();
    }

    /**
     * A proposed or signed version reads with the numbers frozen when it was proposed; a draft with today's. A version
     * proposed before they were recorded (the demo's, older data) gets them recomputed from the history up to its
     * proposal day, and says so: today's history would not be what was signed.
     */
    private PactReading reading(Pact pact, PactVersion version) {
        if (version.getStatus() == PactStatus.DRAFT) {
            return new PactReading(settings.currency(), currentFormula(pact.getRepId(), version.document()));
        }
        return version.formulaAgreed().map(agreed -> new PactReading(settings.currency(), agreed))
                .orElseGet(() -> {
                    LocalDate proposed = version.proposedAt().map(at -> LocalDate.ofInstant(at, clock.getZone()))
                            .orElse(LocalDate.now(clock));
                    return new PactReading(settings.currency(), formulaOf(pact.getRepId(), version.document(),
                            proposed), proposed);
                });
    }

    private String nameOrNull(Long personId) {
        return personId == null ? null : people.nameOf(personId);
    }
}
