package com.salespact.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The commission plan is frozen into a version when it is proposed, and only then. */
class PactCommissionTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");
    private static final PactCommission PLAN = new PactCommission(2026, new BigDecimal("0.03"), new BigDecimal("0.1"),
            BigDecimal.ONE, new BigDecimal("1.5"));

    private static PactVersion draft() {
        return new Pact(7, 1L, PactFixtures.complete(), NOW).versions().getFirst();
    }

    @Test
    void proposingFreezesThePlanAsItStandsAndReopeningReleasesIt() {
        PactVersion version = draft();
        assertThat(version.commission()).isEmpty();

        version.propose(1, PLAN, NOW);
        assertThat(version.commission()).contains(PLAN);

        version.reopen(NOW);
        assertThat(version.commission()).as("a draft reads the plan as it stands").isEmpty();
        version.propose(1, null, NOW);
        assertThat(version.commission()).isEmpty();
    }

    @Test
    void anIncompleteDraftFreezesNothing() {
        PactVersion version = new Pact(7, 1L, PactFixtures.complete().with(new TargetsStep(null, null, null, "", "")),
                NOW).versions().getFirst();
        assertThatThrownBy(() -> version.propose(1, PLAN, NOW)).isInstanceOf(RuleViolation.class);
        assertThat(version.commission()).isEmpty();
    }

    @Test
    void termsCompareByValueWhateverTheirScaleOrYear() {
        PactCommission sameNextYear = new PactCommission(2027, new BigDecimal("0.0300"), new BigDecimal("0.10"),
                new BigDecimal("1.00"), new BigDecimal("1.50"));
        assertThat(PLAN.sameTermsAs(sameNextYear)).isTrue();
        assertThat(PLAN.sameTermsAs(new PactCommission(2026, new BigDecimal("0.04"), new BigDecimal("0.1"),
                BigDecimal.ONE, new BigDecimal("1.5")))).isFalse();
        assertThat(PLAN.sameTermsAs(null)).isFalse();
    }
}
