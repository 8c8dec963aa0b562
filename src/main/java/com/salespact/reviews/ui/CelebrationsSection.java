package com.salespact.reviews.ui;

import com.salespact.base.ui.LimitedTextField;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Small and big wins: deals won since the last review are listed by themselves; anyone may add others. */
class CelebrationsSection extends ReviewSection {

    private final Div items = new Div();
    private final Div form = new Div();
    final TextField text = new LimitedTextField(null, 500);
    final Checkbox big = new Checkbox();
    final Button add = new Button();

    CelebrationsSection(ReviewService reviews, Runnable reload) {
        super("review-celebrations", "review.celebrations", reviews, reload);
        items.addClassName("review-items");
        items.setId("celebration-items");
        text.setId("celebration-text");
        text.setPlaceholder(getTranslation("review.celebrations.placeholder"));
        text.addClassName("review-grow");
        big.setId("celebration-big");
        big.setLabel(getTranslation("review.celebrations.big"));
        add.setText(getTranslation("review.celebrations.add"));
        add.setId("add-celebration");
        add.addClickListener(event -> change(() -> {
            reviews.addCelebration(details.id(), text.getValue(), big.getValue());
            text.clear();
            big.clear();
        }, Map.of("celebrationText", text)));
        form.addClassName("review-form-row");
        form.add(text, big, add);
        add(items, form);
    }

    @Override
    void render() {
        items.removeAll();
        if (details.celebrations().isEmpty()) {
            items.add(new Paragraph(getTranslation("review.celebrations.empty")));
        }
        details.celebrations().forEach(win -> items.add(line(win)));
        form.setVisible(details.status() != com.salespact.reviews.ReviewStatus.CANCELLED);
    }

    private Div line(ReviewDetails.CelebrationLine win) {
        com.vaadin.flow.component.icon.Icon icon = (win.big() ? VaadinIcon.TROPHY : VaadinIcon.STAR).create();
        icon.addClassName("review-celebration-icon");
        Span label = new Span(win.fromWonDeal() ? getTranslation("review.celebrations.won-deal", win.text())
                : win.text());
        Div line = new Div(icon, label);
        line.addClassNames("review-item", win.big() ? "review-celebration-big" : "review-celebration-small");
        if (win.id() != null && details.managerView()) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), event ->
                    change(() -> reviews.removeCelebration(win.id()), Map.of()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("review.remove"));
            line.add(remove);
        }
        return line;
    }
}
