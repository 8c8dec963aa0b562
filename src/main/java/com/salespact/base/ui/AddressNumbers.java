package com.salespact.base.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;

/** Numbers read from an address someone may have typed: anything that is not one is as good as absent. */
public final class AddressNumbers {

    private AddressNumbers() {
    }

    /** The parameter as a number ("?rep=12"), empty when it is missing, repeated or not a number. */
    public static Optional<Long> of(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).flatMap(AddressNumbers::of);
    }

    /** "12" (spaces around allowed) as a number, empty otherwise. */
    public static Optional<Long> of(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
