package com.salespact.deals;

import com.salespact.people.RepStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the account page shows, read in one transaction. {@code plan} is null when the account has none
 * yet (and always irrelevant for class C); {@code ownerHistory} is newest first.
 */
public record AccountDetails(long id, long version, String name, String externalId, long ownerId, String ownerName,
                             RepStyle ownerStyle, AccountClass accountClass, BusinessType businessType,
                             String industry, String city, Instant createdAt, BigDecimal openPipeline,
                             BigDecimal wonThisYear, Plan plan, List<OwnerMove> ownerHistory) {

    public record Plan(long version, String objectives, String keyContacts, String nextSteps, LocalDate reviewDate) {
    }

    /** {@code fromOwnerId}/{@code fromName} are null for the first owner. */
    public record OwnerMove(Long fromOwnerId, String fromName, long toOwnerId, String toName, String byName,
                            Instant at) {
    }

    /** Only A and B accounts get an account plan. */
    public boolean hasPlanSection() {
        return accountClass.needsPlan();
    }

    /** The version a plan editor sends back: null when no plan has been written yet. */
    public Long planVersion() {
        return plan == null ? null : plan.version();
    }
}
