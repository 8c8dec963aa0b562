package com.salespact.pact;

import com.salespact.activities.MinimumStandards;
import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.RuleViolation;
import com.salespact.goals.GoalService;
import com.salespact.goals.TargetLine;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.people.NotificationService;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.SignedInUser;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales pacts, scoped like everything else: a rep reads and signs only their own; a manager prepares, proposes and
 * countersigns their team's; an admin may do all of it. The lifecycle rules live in {@link Pact}/{@link PactVersion}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PactService {

    /** A signed pact this close to its end date is due for renewal. */
    static final int RENEWAL_DAYS = 30;

    private static final String OVERVIEW = """
            select p.id, p.full_name,
                   sv.id as signed_id, sv.number as signed_number, sv.manager_signed_at, sv.valid_until,
                   ov.id as open_id, ov.number as open_number, ov.status as open_status,
                   ov.rep_signed_at as open_rep_signed, ov.last_step as open_last_step
            from person p
            left join pact pa on pa.rep_id = p.id
            left join pact_version sv on sv.pact_id = pa.id and sv.status = 'SIGNED'
            left join pact_version ov on ov.pact_id = pa.id and ov.status in ('DRAFT', 'PROPOSED')
            where p.role = 'REP' and p.active = true
              and (cast(:team as bigint) is null or p.team_id = :team)
              and (cast(:person as bigint) is null or p.id = :person)
            order by p.full_name
            """;

    private final PactRepository pacts;
    private final FormulaHistoryQuery history;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccessGuard guard;
    private final PeopleService people;
    private final GoalService goals;
    private final MinimumStandards standards;
    private final NotificationService notifications;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final CompanySettings settings;

    PactService(PactRepository pacts, FormulaHistoryQuery history, NamedParameterJdbcTemplate jdbc, AccessGuard guard,
                PeopleService people, GoalService goals, MinimumStandards standards, NotificationService notifications,
                Clock clock, ApplicationEventPublisher events, CompanySettings settings) {
        this.pacts = pacts;
        this.history = history;
        this.jdbc = jdbc;
        this.guard = guard;
        this.people = people;
        this.goals = goals;
        this.standards = standards;
        this.notifications = notifications;
        this.clock = clock;
        this.events = events;
        this.settings = settings;
    }

    /** Every rep in the caller's scope with where their pact stands (a rep: their own line). */
    @Transactional(readOnly = true)
    public List<PactOverviewRow> overview() {
        DataScope scope = guard.scope();
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("team", scope.teamId(), Types.BIGINT)
                .addValue("person", scope.personId(), Types.BIGINT);
        return jdbc.query(OVERVIEW, params, (rs, row) -> {
            Long signedId = (Long) rs.getObject("signed_id", Long.class);
            Long openId = (Long) rs.getObject("open_id", Long.class);
            LocalDate validUntil = rs.getObject("valid_until", LocalDate.class);
            PactStatus openStatus = openId == null ? null : PactStatus.valueOf(rs.getString("open_status").strip());
            boolean repSigned = rs.getTimestamp("open_rep_signed") != null;
            Timestamp signedAt = rs.getTimestamp("manager_signed_at");
            return new PactOverviewRow(rs.getLong("id"), rs.getString("full_name"),
                    state(signedId != null, validUntil, openStatus, repSigned, today), signedId,
                    (Integer) rs.getObject("signed_number", Integer.class), signedAt == null ? null : signedAt.toInstant(),
                    validUntil, openId, (Integer) rs.getObject("open_number", Integer.class), openStatus,
                    rs.getInt("open_last_step"));
        });
    }

    static PactState state(boolean signed, LocalDate validUntil, PactStatus open, boolean repSigned, LocalDate today) {
        if (open == PactStatus.PROPOSED) {
            return repSigned ? PactState.AWAITING_COUNTERSIGNATURE : PactState.PROPOSED;
        }
        if (signed) {
            return validUntil != null && !today.isBefore(validUntil.minusDays(RENEWAL_DAYS))
                    ? PactState.DUE_FOR_RENEWAL : PactState.SIGNED;
        }
        return open == PactStatus.DRAFT ? PactState.DRAFT : PactState.NONE;
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
                .orElseThrow(() -> new RuleViolation(null, "Pacts are agreed with reps"));
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
        PactVersion draft = pact.startChange(now);
        // Flush, not save: merging would persist a copy of the new version and leave this one without an id.
        pacts.flush();
        return draft.getId();
    }

    private PactDocument firstDocument(PersonSummary rep) {
        Optional<TargetLine> target = goals.year(goals.currentFiscalYear()).reps().stream()
                .filter(line -> line.personId() == rep.id()).findFirst();
        return PactDefaults.first(target.map(TargetLine::revenue).orElse(null),
                target.map(TargetLine::minGrossProfit).orElse(null), standards, rep.repStyle());
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
        return new SavedStep(version.getVersion(), version.getUpdatedAt(), content.problems());
    }

    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long propose(long versionId, long expectedVersion) {
        Pact pact = editable(versionId, expectedVersion);
        PactVersion version = pact.version(versionId);
        version.propose(guard.user().personId(), clock.instant(), currentFormula(pact.getRepId(), version.document()));
        pacts.flush();
        notifications.notify(pact.getRepId(), "PACT_PROPOSED", "Your sales pact (version " + version.getNumber()
                + ") is ready: read it and sign it.", reviewLink(versionId));
        return version.getVersion();
    }

    /** Back to draft: the manager wants a change, or the rep asks for one (the manager is told why). */
    public long reopen(long versionId, long expectedVersion, String reason) {
        Pact pact = locked(versionId, expectedVersion);
        SignedInUser user = guard.user();
        boolean isRep = user.personId() == pact.getRepId();
        if (isRep && StepContent.blank(reason)) {
            throw new RuleViolation("reason", "Say what should change");
        }
        PactVersion version = pact.version(versionId);
        version.reopen(clock.instant());
        pacts.flush();
        if (isRep && pact.getManagerId() != null) {
            notifications.notify(pact.getManagerId(), "PACT_CHANGES_REQUESTED", user.fullName()
                    + " asked for changes to their pact: " + reason.strip(), stepLink(versionId, PactStep.TARGETS));
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
            notifications.notify(manager, "PACT_SIGNED_BY_REP", user.fullName() + " signed their sales pact (version "
                    + version.getNumber() + "): countersign it to put it in force.", reviewLink(versionId));
        }
        return version.getVersion();
    }

    /** The manager's countersignature puts the version in force until the end of the fiscal year. */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long countersign(long versionId, long expectedVersion) {
        Pact pact = locked(versionId, expectedVersion);
        PactVersion version = pact.version(versionId);
        LocalDate today = LocalDate.now(clock);
        pact.countersign(version, guard.user().personId(), clock.instant(), today,
                goals.calendar().yearOf(today).end());
        pacts.flush();
        notifications.notify(pact.getRepId(), "PACT_SIGNED", "Your sales pact (version " + version.getNumber()
                + ") is signed by both of you and in force.", reviewLink(versionId));
        events.publishEvent(new PactSigned(pact.getRepId(), versionId, version.getNumber()));
        return version.getVersion();
    }

    /** The pact in force for a rep, if any. */
    @Transactional(readOnly = true)
    public Optional<SignedTerms> signedTerms(long repId) {
        guard.checkOwner(repId);
        return termsOf(repId);
    }

    /**
     * The pact version in force for a rep on a day: signed, its period covering the day. Consecutive pacts (this
     * year's and next year's) hand over on the later one's start date. Empty when none governs that day.
     */
    @Transactional(readOnly = true)
    public Optional<SignedTerms> termsInForce(long repId, LocalDate day) {
        guard.checkOwner(repId);
        return termsOf(repId);
    }

    private Optional<SignedTerms> termsOf(long repId) {
        return pacts.findByRepId(repId).flatMap(Pact::signedVersion).map(version -> new SignedTerms(version.getId(),
                version.getNumber(), version.getValidFrom(), version.getValidUntil(), version.document()));
    }

    /**
     * How often the signed pact says the manager holds a 1:1 with the rep, in weeks (1 a week → 1, 2 a month → 2,
     * 1 a month → 4); empty without a signed pact or a 1:1 commitment. Not private (the wall shows 1:1 dates), so
     * schedulers and the demo seed may ask without signing in.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public java.util.OptionalInt oneOnOneEveryWeeks(long repId) {
        return termsOf(repId).flatMap(terms -> terms.document().expectations().commitments().stream()
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

    public static String stepLink(long versionId, PactStep step) {
        return "pacts/" + versionId + "/" + step.slug();
    }

    public static String reviewLink(long versionId) {
        return "pacts/" + versionId + "/review";
    }

    private Pact editable(long versionId, long expectedVersion) {
        Pact pact = locked(versionId, expectedVersion);
        if (guard.user().personId() == pact.getRepId()) {
            throw new AccessDeniedException("A rep does not edit their own pact");
        }
        return pact;
    }

    /** The pact holding the version, after the scope check and the optimistic-lock check. */
    private Pact locked(long versionId, long expectedVersion) {
        Pact pact = pacts.findByVersionId(versionId).orElseThrow(() -> new RuleViolation(null, "No such pact"));
        guard.checkOwner(pact.getRepId());
        PactVersion version = pact.version(versionId);
        if (version.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("Somebody else changed this pact since you opened it. "
                    + "Reload to see their changes; what you typed last is kept on screen.");
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
                replaced.map(PactVersion::getNumber).orElse(null), changes, allowed, reading);
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
