package com.salespact.deals;

import com.salespact.base.AbstractEntity;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.base.TextRules;
import com.salespact.people.RepStyle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A customer or prospect, owned by one rep: hunters own new business, farmers existing customers. */
@Entity
@Table(name = "account")
public class Account extends AbstractEntity {

    @Column(name = "external_id", unique = true)
    private String externalId;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false)
    private String name;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "account_class", nullable = false)
    private AccountClass accountClass = AccountClass.C;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", nullable = false)
    private BusinessType businessType = BusinessType.NEW;

    @Size(max = 80)
    private String industry;

    @Size(max = 80)
    private String city;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String name, Long ownerId, Instant createdAt) {
        this.externalId = ExternalIds.newAccountId();
        this.name = name;
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    /**
     * Applies the editor's fields; the first broken rule names its field and nothing changes. The owner is not
     * part of it: a change of owner goes through {@link #reassignTo} so that it leaves a history line.
     */
    void apply(AccountDraft draft) {
        String newName = blankToNull(draft.getName());
        if (newName == null) {
            throw RuleViolation.at("name", "accounts.rule.name-required");
        }
        TextRules.require("name", newName, 200, false);
        String newExternalId = blankToNull(draft.getExternalId());
        TextRules.require("externalId", newExternalId, 80, false);
        if (draft.getAccountClass() == null) {
            throw RuleViolation.at("accountClass", "accounts.rule.class-required");
        }
        if (draft.getBusinessType() == null) {
            throw RuleViolation.at("businessType", "accounts.rule.type-required");
        }
        String newIndustry = blankToNull(draft.getIndustry());
        TextRules.require("industry", newIndustry, 80, false);
        String newCity = blankToNull(draft.getCity());
        TextRules.require("city", newCity, 80, false);
        name = newName;
        // Cleared in the editor: the account keeps its id, which exports and imports match it by.
        externalId = newExternalId == null ? externalId : newExternalId;
        accountClass = draft.getAccountClass();
        businessType = draft.getBusinessType();
        industry = newIndustry;
        city = newCity;
    }

    /**
     * Gives the account to another rep and returns the history line that records it. Hunters own new business and
     * farmers existing customers: a rep of the other style is refused with an {@link OwnerStyleMismatch} warning
     * unless {@code force} says the caller has seen it and goes ahead.
     */
    AccountOwnerChange reassignTo(long newOwnerId, RepStyle newOwnerStyle, boolean force, Long changedBy,
                                  Instant now) {
        if (ownerId != null && ownerId == newOwnerId) {
            throw RuleViolation.at("ownerId", "accounts.rule.same-owner");
        }
        if (!force && businessType == BusinessType.NEW && newOwnerStyle == RepStyle.FARMER) {
            throw new OwnerStyleMismatch(Messages.text("accounts.rule.new-business-to-farmer"));
        }
        if (!force && businessType == BusinessType.EXISTING && newOwnerStyle == RepStyle.HUNTER) {
            throw new OwnerStyleMismatch(Messages.text("accounts.rule.existing-to-hunter"));
        }
        AccountOwnerChange change = new AccountOwnerChange(getId(), ownerId, newOwnerId, changedBy, now);
        ownerId = newOwnerId;
        return change;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public AccountClass getAccountClass() {
        return accountClass;
    }

    public void setAccountClass(AccountClass accountClass) {
        this.accountClass = accountClass;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public void setBusinessType(BusinessType businessType) {
        this.businessType = businessType;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
