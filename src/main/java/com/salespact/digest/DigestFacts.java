package com.salespact.digest;

import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.DateRange;
import com.salespact.base.Pace;
import com.salespact.goals.query.PaceQuery;
import com.salespact.goals.query.RepPace;
import com.salespact.pact.LadderPosition;
import com.salespact.pact.PactOverviewRow;
import com.salespact.pact.PactService;
import com.salespact.pact.SignedTerms;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.pact.query.CommitmentQuery;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewKind;
import com.salespact.reviews.ReviewService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a digest's facts from the features' own services and queries, under the recipient's rights (the caller
 * runs it as them): the pact in force governs (its period and target, its standards, its commitments, its ladder),
 * pace and scorecard are the ones every screen shows. Nothing is computed here that a feature already decides.
 */
@Component
@Transactional(readOnly = true)
class DigestFacts {

    private final PactService pacts;
    private final PaceQuery pace;
    private final ScorecardQuery scorecards;
    private final CommitmentQuery commitments;
    private final ReviewService reviews;
    private final PeopleService people;

    DigestFacts(PactService pacts, PaceQuery pace, ScorecardQuery scorecards, CommitmentQuery commitments,
                ReviewService reviews, PeopleService people) {
        this.pacts = pacts;
        this.pace = pace;
        this.scorecards = scorecards;
        this.commitments = commitments;
        this.reviews = reviews;
        this.people = people;
    }

    RepDigest rep(long repId, String repName, DateRange week) {
        LocalDate end = week.end();
        List<ReviewDetails.ActionLine> actions = reviews.openActions(repId);
        RepDigest.NextMeeting next = nextOneOnOne(repId);
        Optional<SignedTerms> terms = pacts.termsInForce(repId, end);
        if (terms.isEmpty()) {
            return new RepDigest(repId, repName, week, null, null, null, List.of(), List.of(), actions, next, null);
        }
        SignedTerms pact = terms.get();
        DateRange period = periodOf(pact);
        List<ScoreLine> standards = scorecards.rep(repId, week, end).lines().stream()
                .filter(ScoreLine::hasStandard).toList();
        return new RepDigest(repId, repName, week, new RepDigest.Pact(pact.versionId(), pact.number(), period),
                paceUpTo(repId, period, end), pace.rep(repId, week, end), standards,
                commitments.inPeriod(repId, pact.versionId(), week, end, null), actions, next,
                pacts.ladderStanding(repId).filter(LadderPosition::reached).orElse(null));
    }

    /** @param teamId the team the manager leads */
    ManagerDigest manager(long managerId, long teamId, DateRange week) {
        LocalDate end = week.end();
        Map<Long, PactOverviewRow> overview = pacts.overview().stream()
                .collect(Collectors.toMap(PactOverviewRow::repId, Function.identity(), (a, b) -> a));
        Map<Long, WeekScorecard> cards = scorecards.teamWeek(teamId, week, end).stream()
                .collect(Collectors.toMap(WeekScorecard::repId, Function.identity()));
        List<ManagerDigest.RepLine> team = new ArrayList<>();
        List<ManagerDigest.Commitment> promised = new ArrayList<>();
        for (PersonSummary rep : people.teamReps(teamId)) {
            Optional<SignedTerms> terms = pacts.termsInForce(rep.id(), end);
            RepPace periodPace = terms.map(pact -> paceUpTo(rep.id(), periodOf(pact), end)).orElse(null);
            WeekScorecard card = cards.get(rep.id());
            int misses = card == null ? 0 : (int) card.lines().stream()
                    .filter(line -> line.hasStandard() && !line.met()).count();
            PactOverviewRow row = overview.get(rep.id());
            team.add(new ManagerDigest.RepLine(rep.id(), rep.fullName(), terms.map(SignedTerms::versionId).orElse(null),
                    periodPace, misses, row == null || row.ladder() == null || !row.ladder().reached() ? null
                    : row.ladder(), row == null ? null : row.state()));
            terms.ifPresent(pact -> commitments.inPeriod(rep.id(), pact.versionId(), week, end, null)
                    .forEach(commitment -> promised.add(new ManagerDigest.Commitment(rep.id(), rep.fullName(),
                            pact.versionId(), commitment))));
        }
        team.sort(ATTENTION_FIRST);
        return new ManagerDigest(managerId, week, team, promised);
    }

    /** The reps who need attention first: at risk, behind, on track, then those without a pact; then by name. */
    static final Comparator<ManagerDigest.RepLine> ATTENTION_FIRST = Comparator
            .comparing((ManagerDigest.RepLine line) -> line.pace() == null ? 3
                    : Pace.WORST_FIRST.compare(line.pace().pace(), Pace.ON_TRACK) + 2)
            .thenComparing(ManagerDigest.RepLine::repName);

    /**
     * Sales in the period up to {@code end} against the whole period's target and what was due by {@code end}: the
     * pace as it stood when the week closed (deals won since do not count), as a review's facts read it.
     */
    private RepPace paceUpTo(long repId, DateRange period, LocalDate end) {
        RepPace whole = pace.rep(repId, period, end);
        if (!end.isBefore(period.end())) {
            return whole;
        }
        RepPace sofar = end.isBefore(period.start()) ? null : pace.rep(repId, new DateRange(period.start(), end), end);
        return new RepPace(whole.personId(), whole.fullName(), whole.repStyle(), whole.teamId(),
                sofar == null ? java.math.BigDecimal.ZERO : sofar.actualRevenue(),
                sofar == null ? java.math.BigDecimal.ZERO : sofar.actualGrossProfit(), whole.target(),
                whole.grossProfitTarget(), whole.dueTarget());
    }

    /** The period the pact covers (its chosen period; a version from before periods existed: its window). */
    private static DateRange periodOf(SignedTerms pact) {
        return pact.document().targets().period() != null ? pact.document().targets().period().range()
                : new DateRange(pact.validFrom(), pact.validUntil());
    }

    private RepDigest.NextMeeting nextOneOnOne(long repId) {
        return reviews.upcoming(repId).stream().filter(row -> row.kind() == ReviewKind.WEEKLY_ONE_ON_ONE).findFirst()
                .map(row -> new RepDigest.NextMeeting(row.id(), row.scheduledFor(), reviews.open(row.id())
                        .map(details -> details.agenda().stream().filter(item -> !item.discussed())
                                .map(ReviewDetails.AgendaLine::text).toList())
                        .orElse(List.of())))
                .orElse(null);
    }
}
