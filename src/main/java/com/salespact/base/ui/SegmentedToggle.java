package com.salespact.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A choice between a few views (board or list) as a row of buttons, the chosen one highlighted and
 * {@code aria-pressed}. One element: the buttons are markup and one listener reads which was tapped, where a radio
 * group costs seven server-side elements per user.
 */
@Tag("div")
public class SegmentedToggle extends AbstractField<SegmentedToggle, String> {

    /** Event data: the value of the tapped button. */
    public static final String TAPPED = "event.target.closest('[data-value]')?.dataset.value";
    public static final String ON_A_BUTTON = "!!event.target.closest('[data-value]')";

    private final Map<String, String> labels;

    /** {@code labels}: value → label, in the order shown. */
    public SegmentedToggle(String value, Map<String, String> labels) {
        super(value);
        this.labels = new LinkedHashMap<>(labels);
        addClassName("segmented-toggle");
        getElement().setAttribute("role", "group");
        getElement().addEventListener("click", event -> {
            String tapped = event.getEventData().path(TAPPED).asString("");
            if (this.labels.containsKey(tapped)) {
                draw(tapped);
                setModelValue(tapped, true);
            }
        }).addEventData(TAPPED).setFilter(ON_A_BUTTON);
        draw(value);
    }

    @Override
    protected void setPresentationValue(String value) {
        draw(value);
    }

    private void draw(String chosen) {
        StringBuilder html = new StringBuilder();
        labels.forEach((value, label) -> html.append("<vaadin-button data-value=\"").append(Html.escape(value))
                .append("\" theme=\"").append(value.equals(chosen) ? "primary" : "tertiary")
                .append("\" aria-pressed=\"").append(value.equals(chosen)).append("\">").append(Html.escape(label))
                .append("</vaadin-button>"));
        getElement().setProperty("innerHTML", html.toString());
    }
}
