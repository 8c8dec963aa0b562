package com.salespact.reviews;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.pact.PactService;
import com.salespact.pact.query.CommitmentQuery;
import com.salespact.people.PeopleService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My commitments across my team": the manager's side of every pact in force in their team, measured this month
 * like "My business" measures it for one rep ({@link CommitmentQuery}). Managers see their team, admins every rep;
 * a rep is refused here, not only by the menu.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
public class TeamCommitmentsService {

    private final PeopleService people;
    private final PactService pacts;
    private final CommitmentQuery commitments;
    private final FiscalCalendar calendar;
    private final Clock clock;

    TeamCommitmentsService(PeopleService people, PactService pacts, CommitmentQuery commitments,
                           CompanySettings settings, Clock clock) {
        this.people = people;
        this.pacts = pacts;
        this.commitments = commitments;
        this.calendar = settings.calendar();
        this.clock = clock;
    }

    /** Every rep in the caller's scope (a manager: their team) with this month's record of each commitment. */
    public TeamCommitments thisMonth() {
        LocalDate today = LocalDate.now(clock);
        DateRange month = calendar.monthOf(today);
        // One pact lookup and one aggregate statement per rep: a team is a handful of reps.
        List<TeamCommitments.Rep> reps = people.visibleReps().stream()
                .map(rep -> new TeamCommitments.Rep(rep.id(), rep.fullName(), pacts.termsInForce(rep.id(), today)
                        .map(terms -> commitments.inPeriod(rep.id(), terms.versionId(), month, today, null))
                        .orElse(List.of())))
                .toList();
        return new TeamCommitments(month, reps);
    }
}
