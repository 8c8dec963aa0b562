package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.salespact.pact.PactService;
import java.time.DayOfWeek;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The signed pact's 1:1 commitment sets the cadence; without one the company default applies. */
class OneOnOneCadencesTest {

    private final PactService pacts = mock(PactService.class);
    private final OneOnOneCadences cadences = new OneOnOneCadences(new ReviewSettings(DayOfWeek.THURSDAY, 0), pacts);

    @Test
    void thePactDecidesHowOften() {
        when(pacts.oneOnOneEveryWeeks(7)).thenReturn(OptionalInt.of(2));
        assertThat(cadences.cadenceFor(7)).isEqualTo(new OneOnOneCadence(2, DayOfWeek.THURSDAY));
        when(pacts.oneOnOneEveryWeeks(8)).thenReturn(OptionalInt.of(13));
        assertThat(cadences.cadenceFor(8).everyWeeks()).as("at most every eight weeks").isEqualTo(8);
    }

    @Test
    void withoutAPactWeeklyOnTheCompanyDay() {
        when(pacts.oneOnOneEveryWeeks(9)).thenReturn(OptionalInt.empty());
        assertThat(cadences.cadenceFor(9)).isEqualTo(OneOnOneCadence.weekly(DayOfWeek.THURSDAY));
    }
}
