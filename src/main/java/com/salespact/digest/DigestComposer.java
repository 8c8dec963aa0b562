package com.salespact.digest;

import com.salespact.digest.query.DigestQuery.DigestRecipient;
import com.salespact.messaging.ComposedMail;
import com.salespact.security.Role;
import com.salespact.security.RunAs;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One person's digest of a week, composed exactly alike for the mail and the preview: the facts read with the
 * person's own rights (so a rep's digest holds what the rep may see, whoever asks for it), then written in their
 * language. Reps get the rep version, managers who lead a team the manager version, nobody else one.
 * Not secured: {@link DigestService} checks who may preview whom, {@link DigestJob} runs for everyone.
 */
@Component
class DigestComposer {

    private final DigestFacts facts;
    private final DigestWriter writer;

    DigestComposer(DigestFacts facts, DigestWriter writer) {
        this.facts = facts;
        this.writer = writer;
    }

    Optional<ComposedMail> compose(DigestRecipient person, DigestWeek week) {
        Role role = Role.valueOf(person.role());
        if (role == Role.MANAGER && person.teamId() == null || role == Role.ADMIN) {
            return Optional.empty();
        }
        return RunAs.person(person.id(), person.username(), person.fullName(), role, person.teamId(),
                () -> role == Role.REP
                        ? writer.rep(facts.rep(person.id(), person.fullName(), week.covered()), week)
                        : writer.manager(facts.manager(person.id(), person.teamId(), week.covered()), week));
    }
}
