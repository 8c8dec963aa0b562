package com.salespact.messaging;

import java.util.List;

/**
 * One kind of message and how the person receives it; {@code chosen} is false while the default applies;
 * {@code choices} are what the person may pick for it (chat only once they have their own webhook).
 */
public record PreferenceLine(String kind, Delivery delivery, boolean chosen, List<Delivery> choices) {

    public PreferenceLine(String kind, Delivery delivery, boolean chosen) {
        this(kind, delivery, chosen, Delivery.OFFERED);
    }

    public String labelKey() {
        return MessageKinds.labelKey(kind);
    }
}
