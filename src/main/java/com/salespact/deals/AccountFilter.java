package com.salespact.deals;

/**
 * What an account list shows. Null fields do not filter. The caller's scope (own, team, all) is always applied
 * on top by the service, whatever the filter says.
 */
public record AccountFilter(String text, Long ownerId, AccountClass accountClass, BusinessType businessType) {

    public static AccountFilter all() {
        return new AccountFilter(null, null, null, null);
    }

    public AccountFilter withText(String newText) {
        return new AccountFilter(newText, ownerId, accountClass, businessType);
    }

    public AccountFilter withOwner(Long newOwnerId) {
        return new AccountFilter(text, newOwnerId, accountClass, businessType);
    }

    public AccountFilter withClass(AccountClass newClass) {
        return new AccountFilter(text, ownerId, newClass, businessType);
    }

    public AccountFilter withBusinessType(BusinessType newType) {
        return new AccountFilter(text, ownerId, accountClass, newType);
    }
}
