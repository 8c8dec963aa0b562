package com.salespact.goals;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.Messages;
import com.salespact.base.Money;
import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import com.salespact.people.NotificationService;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one way a target changes, used by {@link GoalService} and the CSV import inside their transactions: checks
 * the caller may change the owner's target, the expected version, applies the change (the entity enforces the rules
 * and records the revision), tells the rep, and announces the change.
 */
@Component
class TargetWriter {

    static final String KIND = "TARGET_CHANGED";
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final TargetRepository targets;
    private final TargetRevisionRepository revisions;
    private final AccessGuard guard;
    private final PeopleService people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetWriter(TargetRepository targets, TargetRevisionRepository revisions, AccessGuard guard, PeopleService people, NotificationService notifications,
                 ApplicationEventPublisher events, Clock clock) {
        this.targets = targets;
        this.revisions = revisions;
        this.guard = guard;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param expectedVersion the version the caller saw, null when it saw no stored target
     * @throws AccessDeniedException for a rep, or an owner outside the caller's team
     * @throws RuleViolation with the field of the broken rule
     * @throws ConcurrentEditException when the stored target is not the one the caller saw
     */
    TargetSaved apply(TargetOwner owner, int fiscalYear, BigDecimal revenue, BigDecimal minGrossProfit,
                      Seasonality seasonality, String reason, Long expectedVersion) {
        SignedInUser user = checkMayChange(owner);
        checkYear(fiscalYear);
        Target target = targets.findByOwner(owner, fiscalYear).orElseGet(() -> Target.forOwner(owner, fiscalYear));
        checkVersion(target, expectedVersion);
        BigDecimal oldRevenue = target.isNew() ? null : target.getRevenue();
        BigDecimal oldMinGp = target.isNew() ? null : target.getMinGrossProfit();
        Optional<TargetRevision> revision = target.change(revenue, minGrossProfit, seasonality, reason,
                user.personId(), clock.instant());
        if (revision.isEmpty()) {
            return new TargetSaved(target.getId(), target.getVersion(), false);
        }
        Target stored = store(target, revision.get());
        if (!owner.isTeam()) {
            tellRep(stored, oldRevenue, oldMinGp, revision.get().getReason());
        }
        announce(stored);
        return new TargetSaved(stored.getId(), stored.getVersion(), true);
    }

    /** A team's target follows its reps again; nothing happens when it was not explicit. */
    TargetSaved useSumOfReps(long teamId, int fiscalYear, BigDecimal repsRevenue, BigDecimal repsMinGrossProfit,
                             String reason, long expectedVersion) {
        SignedInUser user = checkMayChange(TargetOwner.team(teamId));
        Optional<Target> found = targets.findByTeamIdAndFiscalYear(teamId, fiscalYear);
        if (found.isEmpty()) {
            throw new ConcurrentEditException(Messages.text("targets.rule.team-target-gone"));
        }
        Target target = found.get();
        checkVersion(target, expectedVersion);
        Optional<TargetRevision> revision = target.useSumOfReps(repsRevenue, repsMinGrossProfit, reason,
                user.personId(), clock.instant());
        if (revision.isEmpty()) {
            return new TargetSaved(target.getId(), target.getVersion(), false);
        }
        Target stored = store(target, revision.get());
        announce(stored);
        return new TargetSaved(stored.getId(), stored.getVersion(), true);
    }

    /** The target (with its weights) and then its revision, flushed so a conflicting write fails here. */
    private Target store(Target target, TargetRevision revision) {
        Target stored = targets.saveAndFlush(target);
        revisions.saveAndFlush(revision);
        return stored;
    }

    /** Managers change their team's targets, admins everybody's; reps none, not even their own. */
    SignedInUser checkMayChange(TargetOwner owner) {
        SignedInUser user = guard.user();
        if (user.isRep()) {
            throw new AccessDeniedException("Reps do not change targets");
        }
        if (owner.isTeam()) {
            guard.checkTeam(owner.teamId());
            boolean known = people.visibleTeams().stream().map(TeamSummary::id).anyMatch(owner.teamId()::equals);
            if (!known) {
                throw RuleViolation.at("owner", "targets.error.unknown-owner");
            }
        } else {
            PersonSummary person = people.findVisible(owner.personId())
                    .orElseThrow(() -> RuleViolation.at("owner", "targets.error.unknown-owner"));
            if (person.role() != Role.REP) {
                throw RuleViolation.at("owner", "targets.error.not-a-rep");
            }
        }
        return user;
    }

    static void checkYear(int fiscalYear) {
        if (fiscalYear < MIN_YEAR || fiscalYear > MAX_YEAR) {
            throw RuleViolation.at("fiscalYear", "targets.error.year");
        }
    }

    private static void checkVersion(Target target, Long expectedVersion) {
        boolean matches = target.isNew() ? expectedVersion == null
                : expectedVersion != null && target.getVersion() == expectedVersion;
        if (!matches) {
            throw new ConcurrentEditException(Messages.text("targets.rule.changed-by-other"));
        }
    }

    private void tellRep(Target target, BigDecimal oldRevenue, BigDecimal oldMinGp, String reason) {
        notifications.notify(target.getPersonId(), KIND, () -> changeText(target, oldRevenue, oldMinGp, reason),
                TargetLinks.year(target.getFiscalYear()));
    }

    /** In the rep's language (the reason is as its writer gave it). */
    private static String changeText(Target target, BigDecimal oldRevenue, BigDecimal oldMinGp, String reason) {
        String year = String.valueOf(target.getFiscalYear());
        if (oldRevenue == null) {
            return Messages.text("targets.notify.set", year, Money.format(target.getRevenue()), reason);
        } else if (oldRevenue.compareTo(target.getRevenue()) != 0) {
            return Messages.text("targets.notify.changed", year, Money.format(oldRevenue),
                    Money.format(target.getRevenue()), reason);
        } else if (!Objects.equals(oldMinGp, target.getMinGrossProfit())
                && oldMinGp.compareTo(target.getMinGrossProfit()) != 0) {
            return Messages.text("targets.notify.min-gp-changed", year, Money.format(oldMinGp),
                    Money.format(target.getMinGrossProfit()), reason);
        }
        return Messages.text("targets.notify.spread-changed", year, reason);
    }

    private void announce(Target target) {
        Long teamId = target.getTeamId() != null ? target.getTeamId() : people.teamOf(target.getPersonId());
        events.publishEvent(new TargetChanged(teamId, target.getPersonId(), target.getFiscalYear()));
    }
}
