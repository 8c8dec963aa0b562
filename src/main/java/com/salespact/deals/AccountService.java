package com.salespact.deals;

import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.merge.Races;
import com.salespact.base.DateRange;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts, scoped like deals: a rep reaches only the accounts they own, a manager their team's, an admin all.
 * Plans exist for A and B accounts; a change of owner is made by a manager or admin and always leaves a history
 * line. Writes check the version the caller loaded, so a save over somebody else's newer change is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountService {


    private final AccountRepository accounts;
    private final AccountPlanRepository plans;
    private final AccountOwnerChangeRepository ownerChanges;
    private final AccountRows rows;
    private final AccessGuard guard;
    private final PeopleService people;
    private final CompanySettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountPlanRepository plans, AccountOwnerChangeRepository ownerChanges,
                   AccountRows rows, AccessGuard guard, PeopleService people, CompanySettings settings,
                   PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.plans = plans;
        this.ownerChanges = ownerChanges;
        this.rows = rows;
        this.guard = guard;
        this.people = people;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A page of accounts within the caller's scope, by name unless sorted otherwise (see {@link AccountRow}). */
    @Transactional(readOnly = true)
    public List<AccountRow> list(AccountFilter filter, int offset, int limit, Sort sort) {
        return rows.rows(guard.scope(), orAll(filter), fiscalYear(), offset, limit, sort);
    }

    @Transactional(readOnly = true)
    public int count(AccountFilter filter) {
        return (int) rows.count(guard.scope(), orAll(filter));
    }

    /** Accounts the caller may pick (own, team's or all), filtered by name, ID, city or industry. */
    @Transactional(readOnly = true)
    public List<AccountChoice> visibleAccounts(String text, int offset, int limit) {
        return rows.choices(guard.scope(), text, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<AccountChoice> visibleAccounts(String text, int limit) {
        return visibleAccounts(text, 0, limit);
    }

    /**
     * One account as a picker shows it; empty when there is no such account.
     * @throws AccessDeniedException for an account outside the caller's scope
     */
    @Transactional(readOnly = true)
    public Optional<AccountChoice> choice(long accountId) {
        return accounts.findById(accountId).map(account -> {
            guard.checkOwner(account.getOwnerId());
            return new AccountChoice(account.getId(), account.getName(), account.getOwnerId());
        });
    }

    /**
     * The account page: fields, figures, plan and owner history; empty when there is no such account.
     * @throws AccessDeniedException for an account outside the caller's scope
     */
    @Transactional(readOnly = true)
    public Optional<AccountDetails> accountPage(long accountId) {
        return accounts.findById(accountId).map(account -> {
            guard.checkOwner(account.getOwnerId());
            return details(account);
        });
    }

    /**
     * Creates ({@code accountId} null) or changes an account. A rep's new account is their own; a manager or admin
     * names the owner (a rep within their scope) in the draft. The owner of an existing account is changed only
     * by {@link #reassign}.
     * @param expectedVersion the version the editor loaded (ignored for a new account)
     * @throws RuleViolation naming the field whose rule was broken; nothing is saved
     * @throws ConcurrentEditException when someone else saved the account since it was loaded; nothing is saved
     */
    public AccountDetails save(Long accountId, long expectedVersion, AccountDraft draft) {
        if (accountId == null) {
            return transaction.execute(status -> create(draft));
        }
        return save(accountId, Edit.whole(expectedVersion, draft));
    }

    /**
     * Saves what the user changed in the account editor; a change somebody saved meanwhile in other fields is kept.
     * @throws RuleViolation naming the field whose rule was broken; nothing is saved
     * @throws AccountConflictException listing the fields both changed; nothing is saved
     */
    public AccountDetails save(long accountId, Edit<AccountDraft> edit) {
        return Races.retry(() -> transaction.execute(status -> {
            Account account = accounts.findById(accountId).orElseThrow(AccountService::gone);
            guard.checkOwner(account.getOwnerId());
            AccountDraft draft = edit.mine();
            if (account.getVersion() != edit.version()) {
                Merge<AccountDraft> merge = AccountDraft.FIELDS.merge(edit.base(), edit.mine(), AccountDraft.of(details(account)));
                if (!merge.clean()) {
                    throw new AccountConflictException(Messages.text("accounts.conflict"), details(account), merge.conflicts(),
                            account.getVersion());
                }
                draft = merge.merged();
            }
            checkExternalId(draft.getExternalId(), accountId);
            account.apply(draft);
            return details(accounts.saveAndFlush(account));
        }), () -> new ConcurrentEditException(Messages.text("accounts.conflict")));
    }

    /** Writes a whole plan over the version it was made from ({@code null}: no plan was written yet). */
    public AccountDetails savePlan(long accountId, Long expectedPlanVersion, AccountPlanDraft draft) {
        return savePlan(accountId, Edit.whole(expectedPlanVersion == null ? Edit.NOT_SAVED_YET : expectedPlanVersion,
                draft));
    }

    /**
     * Writes the account plan of an A or B account, merging with a plan saved meanwhile field by field.
     * @param edit its version is the plan version the editor loaded, {@link Edit#NOT_SAVED_YET} when there was none
     * @throws RuleViolation for a class C account or a broken rule (naming its field); nothing is saved
     * @throws AccountConflictException listing the plan fields both changed; nothing is saved
     */
    public AccountDetails savePlan(long accountId, Edit<AccountPlanDraft> edit) {
        // A second editor creating the plan at the same moment hits the unique account_id: merge against theirs too.
        return Races.retry(() -> transaction.execute(status -> {
            Account account = accounts.findById(accountId).orElseThrow(AccountService::gone);
            guard.checkOwner(account.getOwnerId());
            if (!account.getAccountClass().needsPlan()) {
                throw RuleViolation.of("accounts.plan.rule.class-c");
            }
            AccountPlan plan = plans.findByAccountId(accountId).orElse(null);
            long current = plan == null ? Edit.NOT_SAVED_YET : plan.getVersion();
            AccountPlanDraft draft = edit.mine();
            if (current != edit.version()) {
                AccountDetails details = details(account);
                Merge<AccountPlanDraft> merge = AccountPlanDraft.FIELDS.merge(edit.base(), edit.mine(),
                        AccountPlanDraft.of(details.plan()));
                if (!merge.clean()) {
                    throw new AccountConflictException(Messages.text("accounts.plan.conflict"), details, merge.conflicts(), current);
                }
                draft = merge.merged();
            }
            if (plan == null) {
                plan = new AccountPlan(accountId);
            }
            plan.update(draft, LocalDate.now(clock), settings.userFormats());
            plans.saveAndFlush(plan);
            return details(account);
        }), () -> new ConcurrentEditException(Messages.text("accounts.plan.conflict")), DataIntegrityViolationException.class);
    }

    /**
     * Gives an account to another rep and records who did it, when, from whom and to whom. Managers reassign
     * within their team, admins anywhere. A rep whose style does not fit (hunter for existing customers, farmer for
     * new business) is refused with {@link OwnerStyleMismatch} unless {@code force} is set.
     * @throws AccessDeniedException for reps, or an account or new owner outside the caller's team
     * @throws ConcurrentEditException when the account changed since {@code expectedVersion}
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public AccountDetails reassign(long accountId, long expectedVersion, long newOwnerId, boolean force) {
        SignedInUser user = guard.user();
        if (user.isRep()) {
            throw new AccessDeniedException("Only managers and admins reassign accounts");
        }
        try {
            return transaction.execute(status -> {
                Account account = loadForChange(accountId, expectedVersion);
                PersonSummary owner = activeRep(newOwnerId);
                AccountOwnerChange change = account.reassignTo(newOwnerId, owner.repStyle(), force, user.personId(),
                        clock.instant());
                Account stored = accounts.saveAndFlush(account);
                ownerChanges.saveAndFlush(change);
                return details(stored);
            });
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ConcurrentEditException(Messages.text("accounts.conflict"));
        }
    }

    private AccountDetails create(AccountDraft draft) {
        SignedInUser user = guard.user();
        long owner;
        if (user.isRep()) {
            owner = user.personId();
        } else if (draft.getOwnerId() == null) {
            throw RuleViolation.at("ownerId", "accounts.rule.owner-required");
        } else {
            owner = activeRep(draft.getOwnerId()).id();
        }
        checkExternalId(draft.getExternalId(), null);
        Account account = new Account(draft.getName(), owner, clock.instant());
        account.apply(draft);
        Account stored = accounts.saveAndFlush(account);
        ownerChanges.saveAndFlush(new AccountOwnerChange(stored.getId(), null, owner, user.personId(), clock.instant()));
        return details(stored);
    }

    /** @throws AccessDeniedException for a person outside the caller's scope */
    private PersonSummary activeRep(long personId) {
        PersonSummary person = people.findVisible(personId)
                .orElseThrow(() -> RuleViolation.at("ownerId", "accounts.rule.owner-gone"));
        if (person.role() != Role.REP || !person.active()) {
            throw RuleViolation.at("ownerId", "accounts.rule.owner-not-active-rep");
        }
        return person;
    }

    private Account loadForChange(long accountId, long expectedVersion) {
        Account account = accounts.findById(accountId).orElseThrow(AccountService::gone);
        guard.checkOwner(account.getOwnerId());
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(Messages.text("accounts.conflict"));
        }
        return account;
    }

    private void checkExternalId(String externalId, Long accountId) {
        if (externalId != null && !externalId.isBlank() && rows.externalIdTaken(externalId.strip(), accountId)) {
            throw RuleViolation.at("externalId", "accounts.rule.external-id-taken");
        }
    }

    private AccountDetails details(Account account) {
        AccountRow row = rows.row(account.getId(), fiscalYear()).orElseThrow(AccountService::gone);
        AccountDetails.Plan plan = plans.findByAccountId(account.getId())
                .map(p -> new AccountDetails.Plan(p.getVersion(), p.getObjectives(), p.getKeyContacts(),
                        p.getNextSteps(), p.getReviewDate()))
                .orElse(null);
        Map<Long, String> names = new HashMap<>();
        List<AccountDetails.OwnerMove> history = ownerChanges.findByAccountIdOrderByChangedAtDescIdDesc(account.getId())
                .stream()
                .map(c -> new AccountDetails.OwnerMove(c.getFromOwnerId(), name(names, c.getFromOwnerId()),
                        c.getToOwnerId(), name(names, c.getToOwnerId()), name(names, c.getChangedBy()),
                        c.getChangedAt()))
                .toList();
        return new AccountDetails(account.getId(), account.getVersion(), account.getName(), account.getExternalId(),
                account.getOwnerId(), row.ownerName(),
                people.findVisible(account.getOwnerId()).map(PersonSummary::repStyle).orElse(null),
                account.getAccountClass(), account.getBusinessType(), account.getIndustry(), account.getCity(),
                account.getCreatedAt(), row.openPipeline(), row.wonThisYear(), plan, history);
    }

    private String name(Map<Long, String> names, Long personId) {
        return personId == null ? null : names.computeIfAbsent(personId, people::nameOf);
    }

    private DateRange fiscalYear() {
        return settings.calendar().yearOf(LocalDate.now(clock));
    }

    private static AccountFilter orAll(AccountFilter filter) {
        return filter == null ? AccountFilter.all() : filter;
    }

    private static RuleViolation gone() {
        return RuleViolation.of("accounts.rule.gone");
    }
}
