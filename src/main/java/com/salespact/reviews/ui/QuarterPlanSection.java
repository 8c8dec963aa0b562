package com.salespact.reviews.ui;

import com.salespact.base.ConcurrentEditException;
import com.salespact.base.ui.FormErrors;
import com.salespact.reviews.ReasonCode;
import com.salespact.reviews.ReviewDetails;
import com.salespact.reviews.ReviewFacts;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The quarterly plan review's own part: why each month or week was up or down (reason code plus words), the plan
 * to stay ahead or catch up, and the manager's and the team's feedback. A later review starts from the last plan.
 */
class QuarterPlanSection extends ReviewSection {

    private final Div reasons = new Div();
    private final Div reasonForm = new Div();
    private final Paragraph firstHint = new Paragraph();
    final Select<String> period = new Select<>();
    final Select<ReasonCode.Direction> direction = new Select<>();
    final Select<ReasonCode> code = new Select<>();
    final TextField reasonText = new TextField();
    final Button addReason = new Button();
    final TextArea plan = new TextArea();
    final Button savePlan = new Button();
    final TextArea managerFeedback = new TextArea();
    final TextArea teamFeedback = new TextArea();
    final Button saveFeedback = new Button();
    private String loadedPlan;
    private String loadedManagerFeedback;
    private String loadedTeamFeedback;

    QuarterPlanSection(ReviewService reviews, Runnable reload) {
        super("review-plan-section", "review.plan", reviews, reload);
        firstHint.addClassName("review-hint");
        firstHint.setId("review-first-hint");
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

        plan.setId("review-plan");
        plan.setLabel(getTranslation("review.plan.text"));
        plan.setHelperText(getTranslation("review.plan.help"));
        plan.setMaxLength(10_000);
        savePlan.setText(getTranslation("review.plan.save"));
        savePlan.setId("save-plan");
        savePlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePlan.addClickListener(event -> saveText(() -> {
            reviews.savePlan(details.id(), details.version(), plan.getValue());
            loadedPlan = plan.getValue();
        }, Map.of("planText", plan)));

        managerFeedback.setId("manager-feedback");
        managerFeedback.setLabel(getTranslation("review.feedback.manager"));
        teamFeedback.setId("team-feedback");
        teamFeedback.setLabel(getTranslation("review.feedback.team"));
        saveFeedback.setText(getTranslation("review.feedback.save"));
        saveFeedback.setId("save-feedback");
        saveFeedback.addClickListener(event -> saveText(() -> {
            reviews.saveFeedback(details.id(), details.version(), managerFeedback.getValue(), teamFeedback.getValue());
            loadedManagerFeedback = managerFeedback.getValue();
            loadedTeamFeedback = teamFeedback.getValue();
        }, Map.of("managerFeedback", managerFeedback, "teamFeedback", teamFeedback)));

        add(firstHint, new H4(getTranslation("review.reasons")), reasons, reasonForm, plan, savePlan,
                new H4(getTranslation("review.feedback")), managerFeedback, teamFeedback, saveFeedback);
    }

    @Override
    void render() {
        firstHint.setText(getTranslation(details.firstOfKind() ? "review.plan.first" : "review.plan.continued"));
        reasons.removeAll();
        if (details.reasons().isEmpty()) {
            reasons.add(new Paragraph(getTranslation("review.reasons.empty")));
        }
        details.reasons().forEach(reason -> reasons.add(line(reason)));
        List<String> periods = new ArrayList<>();
        ReviewFacts.QuarterBreakdown breakdown = details.facts() == null ? null : details.facts().breakdown();
        if (breakdown != null) {
            breakdown.months().forEach(month -> periods.add(month.label()));
            breakdown.weeks().forEach(week -> periods.add(week.label()));
        }
        String chosen = period.getValue();
        period.setItems(periods);
        if (chosen != null && periods.contains(chosen)) {
            period.setValue(chosen);
        }
        reasonForm.setVisible(details.isOpen());
        loadedPlan = keepTyping(plan, loadedPlan, details.planText());
        loadedManagerFeedback = keepTyping(managerFeedback, loadedManagerFeedback, details.managerFeedback());
        loadedTeamFeedback = keepTyping(teamFeedback, loadedTeamFeedback, details.teamFeedback());
        managerFeedback.setReadOnly(!details.managerView());
        teamFeedback.setReadOnly(!details.managerView());
        saveFeedback.setVisible(details.managerView());
    }

    private Div line(ReviewDetails.ReasonLine reason) {
        Span arrow = new Span(reason.direction() == ReasonCode.Direction.UP ? "▲" : "▼");
        arrow.addClassName("review-direction-" + reason.direction().name().toLowerCase(java.util.Locale.ROOT));
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

    private void saveText(Runnable save, Map<String, TextArea> fields) {
        change(() -> {
            try {
                save.run();
                FormErrors.success(getTranslation("review.notes.saved"));
            } catch (ConcurrentEditException conflict) {
                FormErrors.error(conflict.getMessage());
            }
        }, fields);
    }

}
