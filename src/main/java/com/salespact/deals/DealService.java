package com.salespact.deals;

import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.merge.Races;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.people.PeopleService;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deals, scoped: a rep reaches only their own, a manager their team's, an admin all. Writes check the version
 * the caller loaded, so a save over somebody else's newer change is refused, never silently applied.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DealService {

    private final DealRepository deals;
    private final AccountRepository accounts;
    private final AccessGuard guard;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DealService(DealRepository deals, AccountRepository accounts, AccessGuard guard, PeopleService people,
                ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.deals = deals;
        this.accounts = accounts;
        this.guard = guard;
        this.people = people;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for somebody else's deal */
    @Transactional(readOnly = true)
    public Optional<Deal> find(long dealId) {
        Optional<Deal> deal = deals.findById(dealId);
        deal.ifPresent(found -> guard.checkOwner(found.getOwnerId()));
        return deal;
    }

    /** A page of deals within the caller's scope, newest expected close first unless sorted otherwise. */
    @Transactional(readOnly = true)
    public List<DealRow> list(DealFilter filter, int offset, int limit, Sort sort) {
        DataScope scope = guard.scope();
        int size = Math.max(1, limit);
        Sort order = sort == null || sort.isUnsorted() ? Sort.by("expectedCloseDate", "id")
                : inPipelineOrder(sort).and(Sort.by("id"));
        Set<Stage> stages = stagesOf(filter);
        return deals.findRows(scope.personId(), scope.teamId(), filter.ownerId(), filter.accountId(),
                stages.size() == Stage.values().length, stages, like(filter.text()),
                PageRequest.of(offset / size, size, order));
    }

    @Transactional(readOnly = true)
    public int count(DealFilter filter) {
        DataScope scope = guard.scope();
        Set<Stage> stages = stagesOf(filter);
        return (int) deals.countRows(scope.personId(), scope.teamId(), filter.ownerId(), filter.accountId(),
                stages.size() == Stage.values().length, stages, like(filter.text()));
    }

    /**
     * Open deals the caller may pick (own, team's or all), soonest expected close first, filtered by deal or account
     * name; only those of {@code accountId} when given.
     */
    @Transactional(readOnly = true)
    public List<DealChoice> openDealChoices(Long accountId, String text, int offset, int limit) {
        return list(DealFilter.open().withAccount(accountId).withText(text), offset, limit, Sort.unsorted()).stream()
                .map(DealChoice::of).toList();
    }

    /** The deal page: details, checklist and stage history. Gives the current stage its checklist if missing. */
    @Transactional
    public Optional<DealDetails> load(long dealId) {
        return deals.findById(dealId).map(deal -> {
            guard.checkOwner(deal.getOwnerId());
            deal.ensureMilestones();
            deals.flush();
            return details(deal);
        });
    }

    /**
     * Creates ({@code dealId} null) or changes a deal as a whole: refused when it changed since {@code expectedVersion}
     * in any field where {@code draft} differs. The deal editor saves with {@link #save(long, Edit)} instead.
     * @throws RuleViolation naming the field whose rule was broken; nothing is saved
     * @throws DealConflictException when someone else saved the deal since it was loaded; nothing is saved
     */
    public DealDetails save(Long dealId, long expectedVersion, Long ownerId, DealDraft draft) {
        return dealId == null ? write(null, ownerId, current -> draft) : save(dealId, Edit.whole(expectedVersion, draft));
    }

    /**
     * Saves what the user changed in the deal editor. When somebody saved the deal since the editor loaded it, only
     * the fields this user changed are put onto the current deal; both edits are kept. Only a field both changed to
     * different values stops the save.
     * @throws RuleViolation naming the field whose rule was broken; nothing is saved
     * @throws DealConflictException listing the fields both changed; nothing is saved
     */
    public DealDetails save(long dealId, Edit<DealDraft> edit) {
        return write(dealId, null, current -> {
            if (current.getVersion() == edit.version()) {
                return edit.mine();
            }
            Merge<DealDraft> merge = DealDraft.FIELDS.merge(edit.base(), edit.mine(), DealDraft.of(details(current)));
            if (!merge.clean()) {
                throw new DealConflictException(details(current), merge.conflicts());
            }
            return merge.merged();
        });
    }

    /**
     * One write, retried when another save slipped in between reading and flushing, so the merge is made against
     * the version that is really current.
     */
    private DealDetails write(Long dealId, Long ownerId, Function<Deal, DealDraft> toApply) {
        return Races.retry(() -> transaction.execute(status -> {
            Deal deal;
            DealDraft draft;
            if (dealId == null) {
                draft = toApply.apply(null);
                deal = create(ownerId, draft);
            } else {
                deal = deals.findById(dealId).orElseThrow(() -> RuleViolation.of("deals.rule.gone"));
                guard.checkOwner(deal.getOwnerId());
                draft = toApply.apply(deal);
            }
            Stage before = dealId == null ? null : deal.getStage();
            if (before != null && !before.isClosed() && draft.getStage() != null && draft.getStage().isClosed()) {
                throw closeNotConfirmed();
            }
            if (draft.getAccountId() == null) {
                throw RuleViolation.at("accountId", "deals.rule.account-required");
            }
            if (dealId == null || !draft.getAccountId().equals(deal.getAccountId())) {
                // Only a new or changed account is checked: after a reassignment the old owner keeps their deals.
                checkAccount(draft.getAccountId());
            }
            deal.apply(draft, guard.user().personId(), clock.instant(), clock.getZone());
            Deal stored = deals.saveAndFlush(deal);
            publish(stored, dealId == null ? DealChanged.Kind.CREATED
                    : before != stored.getStage() ? stageKind(stored) : DealChanged.Kind.UPDATED);
            return details(stored);
        }), () -> new DealConflictException(load(dealId).orElseThrow(), List.of()));
    }

    /**
     * Moves a deal to another open stage (one tap on a card), refusing if it changed since {@code expectedVersion}.
     * Winning or losing is never one tap: that goes through {@link ClosingService#close} (confirm, then undo window).
     * Returns the deal's new version: the board re-reads its columns anyway, the deal page asks {@link #load}.
     */
    public long moveStage(long dealId, Stage stage, long expectedVersion) {
        if (stage.isClosed()) {
            throw closeNotConfirmed();
        }
        try {
            return transaction.execute(status -> {
                Deal deal = loadForChange(dealId, expectedVersion);
                deal.moveTo(stage, guard.user().personId(), clock.instant(), clock.getZone());
                Deal stored = deals.saveAndFlush(deal);
                publish(stored, stageKind(stored));
                return stored.getVersion();
            });
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new DealConflictException(load(dealId).orElseThrow(), List.of());
        }
    }

    /** An open deal is won or lost only through {@link ClosingService#close}: confirmed, then the undo window. */
    private static RuleViolation closeNotConfirmed() {
        return RuleViolation.at("stage", "deals.rule.confirm-close");
    }

    /** Ticks or unticks one checklist item. */
    @Transactional
    public DealDetails markMilestone(long dealId, long milestoneId, boolean done) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> RuleViolation.of("deals.rule.gone"));
        guard.checkOwner(deal.getOwnerId());
        deal.markMilestone(milestoneId, done, clock.instant());
        return details(deals.saveAndFlush(deal));
    }

    private Deal create(Long ownerId, DealDraft draft) {
        long owner = guard.user().isRep() || ownerId == null ? guard.user().personId() : ownerId;
        guard.checkOwner(owner);
        return new Deal(draft.getName(), draft.getAccountId(), owner, draft.getExpectedCloseDate(),
                guard.user().personId(), clock.instant(), clock.getZone());
    }

    private Deal loadForChange(long dealId, long expectedVersion) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> RuleViolation.of("deals.rule.gone"));
        guard.checkOwner(deal.getOwnerId());
        if (deal.getVersion() != expectedVersion) {
            throw new DealConflictException(details(deal), List.of());
        }
        return deal;
    }

    private void checkAccount(Long accountId) {
        if (accountId == null) {
            throw RuleViolation.at("accountId", "deals.rule.account-required");
        }
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> RuleViolation.at("accountId", "accounts.rule.gone"));
        guard.checkOwner(account.getOwnerId());
    }

    private DealChanged.Kind stageKind(Deal deal) {
        return deal.getStage() == Stage.WON ? DealChanged.Kind.WON : DealChanged.Kind.STAGE_CHANGED;
    }

    private void publish(Deal deal, DealChanged.Kind kind) {
        events.publishEvent(new DealChanged(people.teamOf(deal.getOwnerId()), deal.getId(), deal.getOwnerId(), kind,
                deal.getName(), deal.getAmount(), people.nameOf(deal.getOwnerId())));
    }

    private DealDetails details(Deal deal) {
        DealRow row = deals.findRow(deal.getId()).orElseThrow();
        List<DealDetails.MilestoneItem> checklist = deal.getMilestones().stream()
                .filter(m -> m.getId() != null)
                .map(m -> new DealDetails.MilestoneItem(m.getId(), m.getStage(), m.getLabel(), m.isDone())).toList();
        List<DealDetails.StageMove> history = deal.getStageChanges().stream()
                .map(c -> new DealDetails.StageMove(c.getFromStage(), c.getToStage(),
                        c.getChangedBy() == null ? null : people.nameOf(c.getChangedBy()), c.getChangedAt()))
                .toList();
        return new DealDetails(deal.getId(), deal.getVersion(), deal.getName(), deal.getAccountId(), row.accountName(),
                deal.getOwnerId(), row.ownerName(), deal.getAmount(), deal.getGrossProfit(), deal.getStage(),
                deal.getForecastCategory(), deal.getExpectedCloseDate(), deal.getClosedOn(), deal.getNextStep(),
                deal.getLostReason(), deal.getStageEnteredAt(), checklist, history);
    }

    /**
     * The stage column holds the stage's name; sorted as it is, Lost would come before Prospect. A sort by "stage"
     * sorts by the stage's place in the pipeline instead ({@link Stage}'s order), in the query.
     */
    private static Sort inPipelineOrder(Sort sort) {
        return Sort.by(sort.stream().map(order -> "stage".equals(order.getProperty())
                ? JpaSort.unsafe(order.getDirection(), STAGE_ORDER).iterator().next() : order).toList());
    }

    /** {@code (case d.stage when …PROSPECT then 0 when …QUALIFIED then 1 … end)}, from {@link Stage}'s order. */
    private static final String STAGE_ORDER = Arrays.stream(Stage.values())
            .map(stage -> "when " + Stage.class.getName() + "." + stage.name() + " then " + stage.ordinal())
            .collect(Collectors.joining(" ", "(case d.stage ", " end)"));

    private static Set<Stage> stagesOf(DealFilter filter) {
        return filter.stages() == null || filter.stages().isEmpty() ? EnumSet.allOf(Stage.class) : filter.stages();
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
