package com.salespact.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules live in the entity: amounts, reason, and a revision for every change. */
class TargetTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    private static RuleViolation refused(Runnable change) {
        try {
            change.run();
        } catch (RuleViolation violation) {
            return violation;
        }
        throw new AssertionError("the change was accepted");
    }

    @Test
    void amountsMustBeZeroOrMoreAndMinimumGrossProfitAtMostTheRevenue() {
        Target target = Target.forPerson(7, 2026);
        Seasonality flat = Seasonality.flat();
        assertThat(refused(() -> target.change(new BigDecimal("-1"), BigDecimal.ZERO, flat, "why", 1L, NOW)).field())
                .isEqualTo("revenue");
        assertThat(refused(() -> target.change(BigDecimal.TEN, new BigDecimal("-1"), flat, "why", 1L, NOW)).field())
                .isEqualTo("minGrossProfit");
        RuleViolation aboveRevenue = refused(() -> target.change(BigDecimal.TEN, new BigDecimal("10.01"), flat, "why",
                1L, NOW));
        assertThat(aboveRevenue.field()).isEqualTo("minGrossProfit");
        assertThat(aboveRevenue.getMessage()).isEqualTo("Minimum gross profit cannot be more than the revenue");
        assertThat(refused(() -> target.change(null, BigDecimal.ZERO, flat, "why", 1L, NOW)).field())
                .isEqualTo("revenue");
        // Zero is a valid target, and the minimum GP may equal the revenue.
        assertThat(target.change(BigDecimal.ZERO, BigDecimal.ZERO, flat, "Parental leave", 1L, NOW)).isPresent();
        assertThat(target.change(BigDecimal.TEN, BigDecimal.TEN, flat, "Back", 1L, NOW)).isPresent();
    }

    @Test
    void aChangeNeedsAReasonAndRecordsWhoWhenWhyOldAndNew() {
        Target target = Target.forPerson(7, 2026);
        assertThat(refused(() -> target.change(new BigDecimal("900000"), new BigDecimal("270000"), Seasonality.flat(),
                "  ", 1L, NOW)).field()).isEqualTo("reason");

        TargetRevision first = target.change(new BigDecimal("900000"), new BigDecimal("270000"), Seasonality.flat(),
                "Initial", 1L, NOW).orElseThrow();
        assertThat(first.getOldRevenue()).isNull();
        assertThat(first.getNewRevenue()).isEqualByComparingTo("900000");

        Seasonality q4 = Seasonality.parse("1,1,1,1,1,1,1,1,1,1.5,1.5,1.5");
        TargetRevision second = target.change(new BigDecimal("950000"), new BigDecimal("280000"), q4, " Q4 push ", 2L,
                NOW.plusSeconds(60)).orElseThrow();
        assertThat(second.getChangedBy()).isEqualTo(2L);
        assertThat(second.getChangedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(second.getReason()).isEqualTo("Q4 push");
        assertThat(second.getOldRevenue()).isEqualByComparingTo("900000");
        assertThat(second.getNewRevenue()).isEqualByComparingTo("950000");
        assertThat(second.getOldMinGrossProfit()).isEqualByComparingTo("270000");
        assertThat(second.getNewMinGrossProfit()).isEqualByComparingTo("280000");
        assertThat(second.getWeights()).isEqualTo(q4);
        assertThat(target.seasonality()).isEqualTo(q4);
        assertThat(target.getRevenue()).isEqualByComparingTo("950000");
    }

    @Test
    void savingTheSameValuesIsNoChangeAndNeedsNoReason() {
        Target target = Target.forPerson(7, 2026);
        target.change(new BigDecimal("900000"), new BigDecimal("270000"), Seasonality.flat(), "Initial", 1L, NOW);
        assertThat(target.change(new BigDecimal("900000.00"), new BigDecimal("270000"), Seasonality.flat(), null, 1L,
                NOW)).isEmpty();
    }

    @Test
    void aTeamTargetIsExplicitOnceSetAndCanFollowItsRepsAgain() {
        Target team = Target.forTeam(3, 2026);
        assertThat(team.isExplicitTeam()).isFalse();
        team.change(new BigDecimal("6000000"), new BigDecimal("1800000"), Seasonality.flat(), "Board decision", 1L, NOW);
        assertThat(team.isExplicitTeam()).isTrue();

        TargetRevision back = team.useSumOfReps(new BigDecimal("5800000"), new BigDecimal("1700000"),
                "Reps add up now", 1L, NOW).orElseThrow();
        assertThat(team.isExplicitTeam()).isFalse();
        assertThat(back.getOldRevenue()).isEqualByComparingTo("6000000");
        assertThat(back.getNewRevenue()).isEqualByComparingTo("5800000");
        assertThat(team.useSumOfReps(BigDecimal.ONE, BigDecimal.ONE, "again", 1L, NOW)).isEmpty();
        assertThatThrownBy(() -> Target.forPerson(1, 2026).useSumOfReps(BigDecimal.ONE, BigDecimal.ONE, "x", 1L, NOW))
                .isInstanceOf(IllegalStateException.class);

        // Setting the same amounts again makes it explicit again: that is a change.
        assertThat(team.change(new BigDecimal("5800000"), new BigDecimal("1700000"), Seasonality.flat(), "Fix it",
                1L, NOW)).isPresent();
        assertThat(team.isExplicitTeam()).isTrue();
    }
}
