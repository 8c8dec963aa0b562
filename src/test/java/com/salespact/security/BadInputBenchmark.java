package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, part 4, full size: 1,000 generated malformed inputs over the forms and CSV imports ({@link BadInputFuzz}).
 * Run: {@code ./mvnw test -Pbench -Dtest=BadInputBenchmark}; report printed and written to target/bench/bad-input.txt.
 */
@Tag("bench")
class BadInputBenchmark extends BadInputFuzz {

    @Test
    void thousandMalformedInputsGiveNoServerErrorEveryRejectionAMessageAndNoPartialWrite() {
        Report report = run(1_000);
        assertThat(report.failures).as(report.text()).isEmpty();
    }
}
