package com.salespact.goals;

import com.salespact.security.SignedInUser;

/**
 * What the signed-in person may do on the targets page, so the screen asks once instead of testing roles.
 * {@link #of} is the rule; the role checks on {@link GoalService}'s writes and on {@link TargetCsvService} are the same
 * set of roles (GoalServiceTest holds the two together).
 *
 * @param edit         change a target (with a reason), or put a team back to the sum of its reps
 * @param chooseOwner  look at several reps and teams (a rep has only their own line, chosen for them)
 * @param importExport download and upload the year's targets as CSV
 */
public record TargetRights(boolean edit, boolean chooseOwner, boolean importExport) {

    static TargetRights of(SignedInUser user) {
        boolean manages = user.isManager() || user.isAdmin();
        return new TargetRights(manages, manages, manages);
    }
}
