package com.salespact.digest;

import com.salespact.digest.query.DigestQuery;
import com.salespact.messaging.ComposedMail;
import com.salespact.people.AccessGuard;
import com.salespact.people.PeopleService;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The digest in the app, exactly as it is mailed: everybody previews their own; a manager also each rep of their
 * team, an admin anybody who gets one. A rep is refused anyone else's, here and not only in the page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DigestService {

    private final DigestQuery query;
    private final DigestComposer composer;
    private final PeopleService people;
    private final AccessGuard guard;
    private final Clock clock;

    DigestService(DigestQuery query, DigestComposer composer, PeopleService people, AccessGuard guard, Clock clock) {
        this.query = query;
        this.composer = composer;
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** A person whose digest the caller may preview. */
    public record DigestPerson(long id, String fullName) {
    }

    /** The digest sent this week (looking back on last week), by the company's calendar. */
    public DigestWeek thisWeek() {
        return DigestWeek.of(LocalDate.now(clock));
    }

    /** Whose digest the caller may preview: themselves first, then a manager's reps or, for an admin, everyone's. */
    public List<DigestPerson> previewable() {
        SignedInUser user = guard.user();
        List<DigestPerson> people = new ArrayList<>();
        if (user.isAdmin()) {
            query.recipients().forEach(person -> people.add(new DigestPerson(person.id(), person.fullName())));
            return people;
        }
        people.add(new DigestPerson(user.personId(), user.fullName()));
        if (user.isManager() && user.teamId() != null) {
            this.people.teamReps(user.teamId()).forEach(rep -> people.add(new DigestPerson(rep.id(), rep.fullName())));
        }
        return people;
    }

    /**
     * The person's digest of that week, rendered as it is (or would be) mailed; empty when they get none (an admin,
     * a deactivated person, a manager without a team).
     * @throws AccessDeniedException for a rep asking for anyone else's, or a manager for someone outside their team
     */
    public Optional<ComposedMail> preview(long personId, DigestWeek week) {
        checkMayPreview(personId);
        return query.recipient(personId).flatMap(person -> composer.compose(person, week));
    }

    private void checkMayPreview(long personId) {
        SignedInUser user = guard.user();
        if (user.isAdmin() || user.personId() == personId) {
            return;
        }
        boolean teamRep = user.isManager() && user.teamId() != null && people.findVisible(personId)
                .filter(person -> person.role() == Role.REP && user.teamId().equals(person.teamId())).isPresent();
        if (!teamRep) {
            throw new AccessDeniedException("Not your digest");
        }
    }
}
