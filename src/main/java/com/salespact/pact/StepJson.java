package com.salespact.pact;

import com.salespact.base.RuleViolation;

import jakarta.persistence.AttributeConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a step as a JSON document in its pact_version column; unknown properties are ignored so an older document
 * still reads after a step gains a field.
 */
abstract class StepJson<T> implements AttributeConverter<T, String> {

    /** The columns are varchar(20000). */
    static final int MAX_LENGTH = 20_000;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Class<T> type;

    StepJson(Class<T> type) {
        this.type = type;
    }

    /** Minimums and amounts go to numeric(10,2) columns; no other figure in a pact comes near 10^15. */
    private static final java.math.BigDecimal MAX_ROW_NUMBER = new java.math.BigDecimal("100000000");
    private static final java.math.BigDecimal MAX_NUMBER = new java.math.BigDecimal("1000000000000000");

    /**
     * The first number in a step too large to store (or to read back: the JSON parser refuses 1,000-digit numbers),
     * as a refusal naming the step's field it is in (e.g. "masLines"); empty when every number fits.
     */
    static java.util.Optional<RuleViolation> oversizedNumber(Object step) {
        for (var property : MAPPER.valueToTree(step).properties()) {
            var found = oversized(property.getValue(), property.getKey());
            if (found.isPresent()) {
                return found.map(message -> new RuleViolation(property.getKey(), message));
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> oversized(tools.jackson.databind.JsonNode node, String name) {
        if (node.isNumber()) {
            java.math.BigDecimal limit = "minimum".equals(name) || "amount".equals(name) ? MAX_ROW_NUMBER : MAX_NUMBER;
            return node.decimalValue().abs().compareTo(limit) >= 0
                    ? java.util.Optional.of(com.salespact.base.Messages.text("pact.rule.number-too-large",
                            PactFormat.formats().count(limit.longValue())))
                    : java.util.Optional.empty();
        }
        if (node.isObject()) {
            for (var property : node.properties()) {
                var found = oversized(property.getValue(), property.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (tools.jackson.databind.JsonNode element : node) {
                var found = oversized(element, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    static String write(Object step) {
        return MAPPER.writeValueAsString(step);
    }

    @Override
    public String convertToDatabaseColumn(T step) {
        return step == null ? null : write(step);
    }

    @Override
    public T convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException unreadable) {
            throw new IllegalStateException("Unreadable pact step " + type.getSimpleName(), unreadable);
        }
    }

    static final class Targets extends StepJson<TargetsStep> {
        Targets() {
            super(TargetsStep.class);
        }
    }

    static final class Expectations extends StepJson<ExpectationsStep> {
        Expectations() {
            super(ExpectationsStep.class);
        }
    }

    static final class Motivations extends StepJson<MotivationsStep> {
        Motivations() {
            super(MotivationsStep.class);
        }
    }

    static final class Consequences extends StepJson<ConsequencesStep> {
        Consequences() {
            super(ConsequencesStep.class);
        }
    }

    static final class Role extends StepJson<RoleStep> {
        Role() {
            super(RoleStep.class);
        }
    }

    static final class Formula extends StepJson<SalesFormula> {
        Formula() {
            super(SalesFormula.class);
        }
    }
}
