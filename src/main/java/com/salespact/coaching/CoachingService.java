package com.salespact.coaching;

import com.salespact.base.RuleViolation;
import com.salespact.people.AccessGuard;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions and development notes. Managers log them for the reps of their team (admins for anybody); a
 * rep reads their own. Hours per month come from {@link com.salespact.coaching.query.CoachingHoursQuery}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CoachingService {

    private final CoachingRepository sessions;
    private final CoachingNoteRepository notes;
    private final PeopleService people;
    private final AccessGuard guard;
    private final Clock clock;

    CoachingService(CoachingRepository sessions, CoachingNoteRepository notes, PeopleService people,
                    AccessGuard guard, Clock clock) {
        this.sessions = sessions;
        this.notes = notes;
        this.people = people;
        this.guard = guard;
        this.clock = clock;
    }

    /** Reps whose development page the signed-in person may open. */
    @Transactional(readOnly = true)
    public List<PersonSummary> reps() {
        return people.visibleReps();
    }

    /** A rep's coaching sessions, newest first. */
    @Transactional(readOnly = true)
    public List<CoachingSessionLine> sessions(long repId) {
        guard.checkOwner(repId);
        return sessions.sessionsOf(repId);
    }

    /**
     * Logs a coaching session the signed-in manager held with a rep of their team.
     * @throws RuleViolation at the field that is wrong
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long logSession(long repId, LocalDate heldOn, BigDecimal hours, String topic) {
        rep(repId);
        return sessions.save(new CoachingSession(repId, guard.user().personId(), heldOn, hours, topic,
                LocalDate.now(clock))).getId();
    }

    /** A rep's development notes, newest first. */
    @Transactional(readOnly = true)
    public List<CoachingNoteLine> notes(long repId) {
        guard.checkOwner(repId);
        return notes.notesOf(repId);
    }

    /**
     * Writes down a development conversation with a rep: skills, career aspirations, what was said.
     * @throws RuleViolation at the field that is wrong
     */
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    public long addNote(long repId, LocalDate notedOn, String skills, String aspirations, String text) {
        rep(repId);
        return notes.save(new CoachingNote(repId, guard.user().personId(), notedOn, skills, aspirations, text,
                LocalDate.now(clock), clock.instant())).getId();
    }

    /** Row scoping (a manager: their team), and coaching is for reps. */
    private void rep(long repId) {
        PersonSummary rep = people.findVisible(repId)
                .orElseThrow(() -> RuleViolation.at("repId", "coaching.rep.unknown", String.valueOf(repId)));
        if (rep.role() != Role.REP) {
            throw RuleViolation.at("repId", "coaching.rep.not-rep", rep.fullName());
        }
    }
}
