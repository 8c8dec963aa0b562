package com.salespact.reviews.ui;

import com.salespact.reviews.ReasonCode;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why the numbers were up or down: a reason code plus the rep's words, per month or week of a quarterly review's
 * quarter, or for the week a 1:1 reviews. One section for both meetings, so the codes and rules are the same.
 */
class ReasonsSection extends ReviewSection {

    private final Div reasons = new Div();
    private final Div reasonForm = new Div();
    final Select<String> period = new Select<>();
    final Select<ReasonCode.Direction> direction = new Select<>();
    final Select<ReasonCode> code = new Select<>();
    final TextField reasonText = new TextField();
    final Button addReason = new Button();

    ReasonsSection(ReviewService reviews, Runnable reload) {
        super("review-reasons-section", "review.reasons", reviews, reload);
        reasons.setId("review-reasons");
        reasons.addClassName("review-items");
        period.setId("reason-period");
        period.setLabel(getTranslation("review.reason.period"));
        direction.setId("reason-direction");
        direction.setLabel(getTranslation("review.reason.direction"));
        direction.setItems(ReasonCode.Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation("review.direction." + d.name()));
        code.setId("reason-code");
        code.setLabel(getTranslation("review.reason.code"));
        code.setItems(ReasonCode.values());
        code.setItemLabelGenerator(c -> getTranslation("review.reason." + c.name()));
        code.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                direction.setValue(event.getValue().usualDirection());
            }
        });
        reasonText.setId("reason-text");
        reasonText.setLabel(getTranslation("review.reason.text"));
        reasonText.addClassName("review-grow");
        addReason.setText(getTranslation("review.reason.add"));
        addReason.setId("add-reason");
        addReason.addClickListener(event -> change(() -> {
            reviews.addReason(details.id(), period.getValue(), direction.getValue(), code.getValue(),
                    reasonText.getValue());
            reasonText.clear();
            code.clear();
        }, Map.of("reasonPeriod", period, "reasonCode", code, "reasonText", reasonText)));
        reasonForm.addClassName("review-form-row");
        reasonForm.add(period, code, direction, reasonText, addReason);
        add(reasons, reasonForm);
    }

    @Override
    void render() {
        reasons.removeAll();
        if (details.reasons().isEmpty()) {
            reasons.add(new Paragraph(getTranslation("review.reasons.empty")));
        }
        details.reasons().forEach(reason -> reasons.add(line(reason)));
        List<String> periods = details.facts() == null ? List.of() : details.facts().reasonPeriods();
        String chosen = period.getValue();
        period.setItems(periods);
        if (chosen != null && periods.contains(chosen)) {
            period.setValue(chosen);
        } else if (periods.size() == 1) {
            // A 1:1 has one week to explain: nothing to choose.
            period.setValue(periods.getFirst());
        }
        reasonForm.setVisible(details.isOpen());
    }

    private Div line(ReviewDetails.ReasonLine reason) {
        Span arrow = new Span(reason.direction() == ReasonCode.Direction.UP ? "▲" : "▼");
        arrow.addClassName("review-direction-" + reason.direction().name().toLowerCase(Locale.ROOT));
        Span text = new Span(reason.periodLabel() + " · " + getTranslation("review.reason." + reason.code().name())
                + (reason.text() == null ? "" : " — " + reason.text()));
        text.addClassName("review-item-text");
        Div line = new Div(arrow, text);
        line.addClassName("review-item");
        if (details.isOpen()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event ->
                    change(() -> reviews.removeReason(reason.id()), Map.of()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("review.remove"));
            line.add(remove);
        }
        return line;
    }
}
