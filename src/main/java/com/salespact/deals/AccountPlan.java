package com.salespact.deals;

import com.salespact.base.AbstractEntity;
import com.salespact.base.Formats;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The plan for an A or B account: objectives, key contacts, next steps and the date it is next reviewed.
 * Versioned, so two people editing the same plan cannot overwrite each other.
 */
@Entity
@Table(name = "account_plan")
public class AccountPlan extends AbstractEntity {

    static final int OBJECTIVES_MAX = 4000;
    static final int KEY_CONTACTS_MAX = 2000;
    static final int NEXT_STEPS_MAX = 2000;

    @Column(name = "account_id", nullable = false, unique = true, updatable = false)
    private Long accountId;

    private String objectives;

    @Column(name = "key_contacts")
    private String keyContacts;

    @Column(name = "next_steps")
    private String nextSteps;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    protected AccountPlan() {
    }

    AccountPlan(long accountId) {
        this.accountId = accountId;
    }

    /** Applies the editor's fields if every rule holds; the first broken rule names its field. */
    void update(AccountPlanDraft draft, LocalDate today, Formats formats) {
        String newObjectives = blankToNull(draft.getObjectives());
        if (newObjectives == null) {
            throw RuleViolation.at("objectives", "accounts.plan.rule.objectives-required");
        }
        checkLength("objectives", newObjectives, OBJECTIVES_MAX, formats);
        String newContacts = blankToNull(draft.getKeyContacts());
        checkLength("keyContacts", newContacts, KEY_CONTACTS_MAX, formats);
        String newSteps = blankToNull(draft.getNextSteps());
        checkLength("nextSteps", newSteps, NEXT_STEPS_MAX, formats);
        checkReviewDate(draft.getReviewDate(), today);
        objectives = newObjectives;
        keyContacts = newContacts;
        nextSteps = newSteps;
        reviewDate = draft.getReviewDate();
    }

    static void checkReviewDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw RuleViolation.at("reviewDate", "accounts.plan.rule.review-date-required");
        }
        if (date.isBefore(today.minusYears(1))) {
            throw RuleViolation.at("reviewDate", "accounts.plan.rule.review-date-too-old");
        }
        if (date.isAfter(today.plusYears(2))) {
            throw RuleViolation.at("reviewDate", "accounts.plan.rule.review-date-too-far");
        }
    }

    private static void checkLength(String field, String value, int max, Formats formats) {
        if (value != null && value.length() > max) {
            throw RuleViolation.at(field, "accounts.plan.rule.too-long", formats.count(max), formats.count(value.length()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getKeyContacts() {
        return keyContacts;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }
}
