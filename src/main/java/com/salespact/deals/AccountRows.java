package com.salespact.deals;

import com.salespact.base.DateRange;
import com.salespact.people.DataScope;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;

/**
 * What {@link AccountService} reads: account rows with their figures summed by the database, and account choices.
 * Callers pass the scope; security checks stay in AccountService. Implemented in {@code deals.query}, which may use
 * this package; this package never uses that one.
 */
public interface AccountRows {

    /** A page of the accounts in scope matching the filter, sorted by the grid's properties (name unless sorted). */
    List<AccountRow> rows(DataScope scope, AccountFilter filter, DateRange fiscalYear, int offset, int limit, Sort sort);

    long count(DataScope scope, AccountFilter filter);

    Optional<AccountRow> row(long accountId, DateRange fiscalYear);

    List<AccountChoice> choices(DataScope scope, String text, int offset, int limit);

    /** Whether another account (not {@code exceptAccountId}) has the external id. */
    boolean externalIdTaken(String externalId, Long exceptAccountId);
}
