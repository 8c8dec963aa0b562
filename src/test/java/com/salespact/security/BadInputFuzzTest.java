package com.salespact.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The smoke run of {@link BadInputFuzz} in every {@code ./mvnw test}: 100 generated malformed inputs (the full 1,000
 * are {@code BadInputBenchmark}, {@code ./mvnw test -Pbench}). Report: printed and target/bench/bad-input.txt.
 */
class BadInputFuzzTest extends BadInputFuzz {

    @Test
    void hundredMalformedInputsGiveNoServerErrorEveryRejectionAMessageAndNoPartialWrite() {
        Report report = run(Integer.getInteger("salespact.fuzz.inputs", 100));
        assertThat(report.failures).as(report.text()).isEmpty();
        assertThat(report.outcomes.values().stream().mapToInt(counts -> counts[1]).sum())
                .as("the generator really produces bad input").isPositive();
    }
}
