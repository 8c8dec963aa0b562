package com.salespact.pact;

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
}
