package com.salespact.deals;

import com.salespact.base.merge.DraftFields;
import java.time.LocalDate;

/** What the account plan editor changes; the plan's own rules decide when the service applies it. */
public class AccountPlanDraft {

    /** The fields a concurrent save merges one by one. */
    public static final DraftFields<AccountPlanDraft> FIELDS = DraftFields.of(AccountPlanDraft::new)
            .field("objectives", AccountPlanDraft::getObjectives, AccountPlanDraft::setObjectives)
            .field("keyContacts", AccountPlanDraft::getKeyContacts, AccountPlanDraft::setKeyContacts)
            .field("nextSteps", AccountPlanDraft::getNextSteps, AccountPlanDraft::setNextSteps)
            .field("reviewDate", AccountPlanDraft::getReviewDate, AccountPlanDraft::setReviewDate);

    private String objectives;
    private String keyContacts;
    private String nextSteps;
    private LocalDate reviewDate;

    public static AccountPlanDraft of(AccountDetails.Plan plan) {
        AccountPlanDraft draft = new AccountPlanDraft();
        if (plan != null) {
            draft.objectives = plan.objectives();
            draft.keyContacts = plan.keyContacts();
            draft.nextSteps = plan.nextSteps();
            draft.reviewDate = plan.reviewDate();
        }
        return draft;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getKeyContacts() {
        return keyContacts;
    }

    public void setKeyContacts(String keyContacts) {
        this.keyContacts = keyContacts;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public void setReviewDate(LocalDate reviewDate) {
        this.reviewDate = reviewDate;
    }
}
