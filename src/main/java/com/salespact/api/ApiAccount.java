package com.salespact.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salespact.deals.AccountClass;
import com.salespact.deals.AccountDetails;
import com.salespact.deals.AccountRow;
import com.salespact.deals.BusinessType;
import java.math.BigDecimal;

/**
 * An account as the REST API shows it. {@code version} (for an update) is given when one account is read or written,
 * not in lists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiAccount(long id, String externalId, Long version, String name, long ownerId, String ownerName,
                         AccountClass accountClass, BusinessType businessType, String industry, String city,
                         BigDecimal openPipeline, BigDecimal wonThisYear) {

    static ApiAccount of(AccountRow row) {
        return new ApiAccount(row.id(), row.externalId(), null, row.name(), row.ownerId(), row.ownerName(),
                row.accountClass(), row.businessType(), row.industry(), row.city(), row.openPipeline(),
                row.wonThisYear());
    }

    static ApiAccount of(AccountDetails account) {
        return new ApiAccount(account.id(), account.externalId(), account.version(), account.name(),
                account.ownerId(), account.ownerName(), account.accountClass(), account.businessType(),
                account.industry(), account.city(), account.openPipeline(), account.wonThisYear());
    }
}
