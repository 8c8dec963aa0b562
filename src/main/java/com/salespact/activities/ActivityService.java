package com.salespact.activities;

import com.salespact.base.CompanySettings;
import com.salespact.base.RuleViolation;
import com.salespact.deals.AccountService;
import com.salespact.deals.Deal;
import com.salespact.deals.DealService;
import com.salespact.people.AccessGuard;
import com.salespact.people.DataScope;
import com.salespact.people.PeopleService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logging and listing activities. A rep logs for themselves; a manager may log for a rep of their team. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActivityService {

    private final ActivityRepository activities;
    private final AccessGuard guard;
    private final PeopleService people;
    private final AccountService accounts;
    private final DealService deals;
    private final ApplicationEventPublisher events;
    private final CompanySettings companySettings;
    private final Clock clock;

    ActivityService(ActivityRepository activities, AccessGuard guard, PeopleService people, AccountService accounts,
                    DealService deals, ApplicationEventPublisher events, CompanySettings companySettings,
                    Clock clock) {
        this.activities = activities;
        this.guard = guard;
        this.people = people;
        this.accounts = accounts;
        this.deals = deals;
        this.events = events;
        this.companySettings = companySettings;
        this.clock = clock;
    }

    public Activity log(long repId, ActivityKind kind, LocalDate date) {
        return log(repId, kind, date, null, null, null);
    }

    /**
     * Logs one activity, optionally linked to an account and a deal. A deal without an account links the deal's
     * account too.
     * @throws RuleViolation for a date in the future or more than a year back, a missing account or deal, or a deal
     *         of another account
     * @throws org.springframework.security.access.AccessDeniedException for an account or deal outside the caller's
     *         scope
     */
    public Activity log(long repId, ActivityKind kind, LocalDate date, Long accountId, Long dealId, String note) {
        guard.checkOwner(repId);
        if (kind == null) {
            throw RuleViolation.at("kind", "activities.rule.kind-required");
        }
        LocalDate today = LocalDate.now(clock);
        if (date == null || date.isAfter(today)) {
            throw RuleViolation.at("date", "activities.rule.date-in-future");
        }
        if (date.isBefore(today.minusYears(1))) {
            throw RuleViolation.at("date", "activities.rule.date-too-old");
        }
        if (note != null && note.length() > 1000) {
            throw RuleViolation.at("note", "activities.rule.note-too-long", companySettings.userFormats().count(1000));
        }
        if (dealId != null) {
            Deal deal = deals.find(dealId).orElseThrow(() -> RuleViolation.at("dealId", "deals.rule.gone"));
            if (accountId == null) {
                accountId = deal.getAccountId();
            } else if (!accountId.equals(deal.getAccountId())) {
                throw RuleViolation.at("dealId", "activities.rule.deal-of-other-account");
            }
        }
        if (accountId != null && accounts.choice(accountId).isEmpty()) {
            throw RuleViolation.at("accountId", "accounts.rule.gone");
        }
        Activity activity = new Activity(repId, kind, date, clock.instant());
        activity.setAccountId(accountId);
        activity.setDealId(dealId);
        activity.setNote(note == null || note.isBlank() ? null : note.strip());
        Activity saved = activities.save(activity);
        events.publishEvent(new ActivityChanged(people.teamOf(repId), repId, kind));
        return saved;
    }

    /** Newest first, within the caller's scope; {@code repId}/{@code accountId} narrow it when given. */
    @Transactional(readOnly = true)
    public List<ActivityRow> list(Long repId, Long accountId, int offset, int limit) {
        DataScope scope = guard.scope();
        int size = Math.max(1, limit);
        return activities.findRows(scope.personId(), scope.teamId(), repId, accountId, PageRequest.of(offset / size, size));
    }

    @Transactional(readOnly = true)
    public int count(Long repId, Long accountId) {
        DataScope scope = guard.scope();
        return (int) activities.countRows(scope.personId(), scope.teamId(), repId, accountId);
    }
}
