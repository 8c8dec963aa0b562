package com.salespact.deals;

import com.salespact.base.merge.DraftFields;

/**
 * What the account editor changes. A plain bean for the form's Binder; the service applies it inside a
 * transaction, where the account's rules decide. {@code ownerId} counts only when an account is created
 * (and only for managers and admins); later owner changes go through reassignment.
 */
public class AccountDraft {

    /** The fields a concurrent save merges one by one (the owner changes only by reassignment). */
    public static final DraftFields<AccountDraft> FIELDS = DraftFields.of(AccountDraft::new)
            .field("name", AccountDraft::getName, AccountDraft::setName)
            .field("externalId", AccountDraft::getExternalId, AccountDraft::setExternalId)
            .field("accountClass", AccountDraft::getAccountClass, AccountDraft::setAccountClass)
            .field("businessType", AccountDraft::getBusinessType, AccountDraft::setBusinessType)
            .field("industry", AccountDraft::getIndustry, AccountDraft::setIndustry)
            .field("city", AccountDraft::getCity, AccountDraft::setCity);

    private String name;
    private String externalId;
    private Long ownerId;
    private AccountClass accountClass = AccountClass.C;
    private BusinessType businessType = BusinessType.NEW;
    private String industry;
    private String city;

    public static AccountDraft of(AccountDetails account) {
        AccountDraft draft = new AccountDraft();
        draft.name = account.name();
        draft.externalId = account.externalId();
        draft.ownerId = account.ownerId();
        draft.accountClass = account.accountClass();
        draft.businessType = account.businessType();
        draft.industry = account.industry();
        draft.city = account.city();
        return draft;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
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
}
