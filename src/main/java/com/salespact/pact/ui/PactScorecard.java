package com.salespact.pact.ui;

import com.salespact.activities.query.ScoreLine;
import com.salespact.activities.query.ScorecardQuery;
import com.salespact.activities.query.WeekScorecard;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.ui.PaceBadge;
import com.salespact.base.ui.UserFormats;
import com.salespact.pact.PactService;
import com.salespact.pact.SignedTerms;
import com.salespact.pact.query.CommitmentActual;
import com.salespact.pact.query.CommitmentQuery;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Both sides of a rep's signed pact, live: the rep's minimum standards this week and the manager's commitments this
 * month, each with what was done and what was due by today. Shown on "My business".
 */
public class PactScorecard extends Composite<Div> {

    private final PactService pacts;
    private final ScorecardQuery scorecards;
    private final CommitmentQuery commitments;
    private final FiscalCalendar calendar;
    private final long repId;

    public PactScorecard(PactService pacts, ScorecardQuery scorecards, CommitmentQuery commitments,
                         FiscalCalendar calendar, long repId) {
        this.pacts = pacts;
        this.scorecards = scorecards;
        this.commitments = commitments;
        this.calendar = calendar;
        this.repId = repId;
        setId("pact-scorecard");
        getContent().addClassName("pact-scorecard");
    }

    public void refresh(LocalDate today) {
        Div content = getContent();
        content.removeAll();
        Optional<SignedTerms> terms = pacts.signedTerms(repId);
        WeekScorecard week = scorecards.rep(repId, FiscalCalendar.isoWeekOf(today), today);
        Div mine = new Div(new H3(terms.map(t -> getTranslation("pact.scorecard.mine", t.number()))
                .orElse(getTranslation("pact.scorecard.mine-default"))));
        mine.setId("pact-scorecard-mas");
        mine.addClassName("pact-scorecard-side");
        week.lines().stream().filter(line -> line.minimum() > 0)
                .forEach(line -> mine.add(line(getTranslation("pact.metric." + line.metric().name()),
                        getTranslation("pact.scorecard.of-week", line.actual(), line.minimum(),
                                line.dueByNow().setScale(1, RoundingMode.HALF_UP)),
                        new PaceBadge(line.pace(), line.attainment()))));
        Div theirs = new Div(new H3(getTranslation("pact.scorecard.manager")));
        theirs.setId("pact-scorecard-commitments");
        theirs.addClassName("pact-scorecard-side");
        List<CommitmentActual> promised = terms.isPresent()
                ? commitments.thisMonth(repId, calendar, today) : List.of();
        if (promised.isEmpty()) {
            theirs.add(new Span(getTranslation("pact.scorecard.no-pact")));
        }
        promised.forEach(commitment -> theirs.add(commitment.measured()
                ? line(commitment.description(), getTranslation("pact.scorecard.of-month", plain(commitment.actual()),
                        plain(commitment.monthTarget()), plain(commitment.dueByNow())),
                        new PaceBadge(commitment.pace(), commitment.attainment()))
                : line(commitment.description(), getTranslation("pact.scorecard.agreed"), null)));
        content.add(mine, theirs);
        if (terms.isPresent()) {
            Div accountability = new Div();
            accountability.addClassName("pact-scorecard-ladder");
            if (pacts.targetsOutOfStep(repId)) {
                Span outOfStep = new Span(getTranslation("pact.out-of-step.mine"));
                outOfStep.addClassName("pact-out-of-step");
                outOfStep.setId("my-business-out-of-step");
                accountability.add(outOfStep);
            }
            accountability.add(new LadderSection(pacts.ladderStanding(repId).orElse(null),
                    pacts.ladderHistory(repId)));
            content.add(accountability);
        }
    }

    private static String plain(BigDecimal value) {
        return UserFormats.current().number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    private static Div line(String label, String figures, PaceBadge badge) {
        Div line = new Div(new Span(label), new Span(figures));
        line.addClassName("pact-scorecard-line");
        if (badge != null) {
            line.add(badge);
        }
        return line;
    }
}
