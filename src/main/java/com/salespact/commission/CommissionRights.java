package com.salespact.commission;

import com.salespact.security.SignedInUser;

/**
 * What the signed-in person may do on the commission page, so the screen asks once instead of testing roles.
 * {@link #of} is the rule; the service's role checks on {@code questionLine}, {@code answer}, {@code savePlan} and
 * {@code teamSummary} are the same sets of roles (CommissionServiceTest holds the two together).
 *
 * @param chooseRep       open the statement of any rep in scope (a rep sees only their own)
 * @param teamSummary     see a team's reps at a glance before picking one
 * @param askQuestions    question a line of one's own statement
 * @param answerQuestions answer the questions of the reps in scope
 * @param editPlan        set a rep's commission plan
 */
public record CommissionRights(boolean chooseRep, boolean teamSummary, boolean askQuestions, boolean answerQuestions,
                               boolean editPlan) {

    static CommissionRights of(SignedInUser user) {
        boolean manages = user.isManager() || user.isAdmin();
        return new CommissionRights(manages, manages, user.isRep(), manages, manages);
    }
}
