package com.salespact.feedback;

/** Somebody the signed-in person may give feedback to, and how they stand to them (an upward note is anonymous). */
public record FeedbackRecipient(FeedbackPerson person, FeedbackRelation relation) {

    public long id() {
        return person.id();
    }

    public String name() {
        return person.name();
    }
}
