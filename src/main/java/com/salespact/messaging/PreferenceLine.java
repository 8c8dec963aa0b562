package com.salespact.messaging;

/** One kind of message and how the person receives it; {@code chosen} is false while the default applies. */
public record PreferenceLine(String kind, Delivery delivery, boolean chosen) {

    public String labelKey() {
        return MessageKinds.labelKey(kind);
    }
}
