package com.salespact.feedback;

import com.salespact.security.Role;

/** A small company for the feedback rules: two teams, each a manager and reps, and an admin. */
final class FeedbackCast {

    static final FeedbackPerson ADMIN = new FeedbackPerson(1, "Ada Admin", Role.ADMIN, null, null, true);
    static final FeedbackPerson MARIA = new FeedbackPerson(2, "Maria Novak", Role.MANAGER, 10L, 2L, true);
    static final FeedbackPerson SOFIA = new FeedbackPerson(3, "Sofia Rossi", Role.MANAGER, 20L, 3L, true);
    static final FeedbackPerson RAVI = new FeedbackPerson(4, "Ravi Patel", Role.REP, 10L, 2L, true);
    static final FeedbackPerson LENA = new FeedbackPerson(5, "Lena Kim", Role.REP, 10L, 2L, true);
    static final FeedbackPerson JONAS = new FeedbackPerson(7, "Jonas Berg", Role.REP, 10L, 2L, true);
    static final FeedbackPerson MARCO = new FeedbackPerson(6, "Marco Bianchi", Role.REP, 20L, 3L, true);
    static final FeedbackPerson GONE = new FeedbackPerson(8, "Former Rep", Role.REP, 10L, 2L, false);

    private FeedbackCast() {
    }
}
