package com.salespact.pact;

import java.util.Arrays;
import java.util.Optional;

/** The five steps of the pact discussion, in the order they are held; the slug is the wizard's URL segment. */
public enum PactStep {
    TARGETS("targets"),
    EXPECTATIONS("expectations"),
    MOTIVATIONS("motivations"),
    CONSEQUENCES("consequences"),
    ROLE("role");

    private final String slug;

    PactStep(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** 1-based, as people count steps. */
    public int number() {
        return ordinal() + 1;
    }

    public Optional<PactStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<PactStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    public static Optional<PactStep> ofSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    public static PactStep ofNumber(int number) {
        return values()[Math.clamp(number, 1, values().length) - 1];
    }
}
