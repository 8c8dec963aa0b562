package com.salespact.reviews.ui;

import com.salespact.base.ui.LimitedTextArea;
import com.salespact.reviews.ReviewService;
import com.salespact.reviews.ReviewTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * The quarterly plan review's own part: the plan to stay ahead or catch up, and the manager's and the team's
 * feedback. A later review starts from the last plan. Why each month or week was up or down is {@link ReasonsSection}.
 */
class QuarterPlanSection extends ReviewSection {

    private final Paragraph firstHint = new Paragraph();
    final TextArea plan = new LimitedTextArea(null, 10_000);
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
        plan.setId("review-plan");
        plan.setLabel(getTranslation("review.plan.text"));
        plan.setHelperText(getTranslation("review.plan.help"));
        savePlan.setText(getTranslation("review.plan.save"));
        savePlan.setId("save-plan");
        savePlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePlan.addClickListener(event -> {
            ReviewTexts base = ReviewTexts.of(details);
            ReviewTexts mine = ReviewTexts.of(details);
            base.setPlanText(loadedPlan);
            mine.setPlanText(plan.getValue());
            saveTexts(details.version(), base, mine, Map.of("planText", plan),
                    stored -> loadedPlan = showStored(plan, stored.getPlanText()));
        });

        managerFeedback.setId("manager-feedback");
        managerFeedback.setLabel(getTranslation("review.feedback.manager"));
        teamFeedback.setId("team-feedback");
        teamFeedback.setLabel(getTranslation("review.feedback.team"));
        saveFeedback.setText(getTranslation("review.feedback.save"));
        saveFeedback.setId("save-feedback");
        saveFeedback.addClickListener(event -> {
            ReviewTexts base = ReviewTexts.of(details);
            ReviewTexts mine = ReviewTexts.of(details);
            base.setManagerFeedback(loadedManagerFeedback);
            base.setTeamFeedback(loadedTeamFeedback);
            mine.setManagerFeedback(managerFeedback.getValue());
            mine.setTeamFeedback(teamFeedback.getValue());
            saveTexts(details.version(), base, mine,
                    Map.of("managerFeedback", managerFeedback, "teamFeedback", teamFeedback), stored -> {
                        loadedManagerFeedback = showStored(managerFeedback, stored.getManagerFeedback());
                        loadedTeamFeedback = showStored(teamFeedback, stored.getTeamFeedback());
                    });
        });

        add(firstHint, plan, savePlan,
                new H4(getTranslation("review.feedback")), managerFeedback, teamFeedback, saveFeedback);
    }

    @Override
    void render() {
        firstHint.setText(getTranslation(details.firstOfKind() ? "review.plan.first" : "review.plan.continued"));
        loadedPlan = keepTyping(plan, loadedPlan, details.planText());
        loadedManagerFeedback = keepTyping(managerFeedback, loadedManagerFeedback, details.managerFeedback());
        loadedTeamFeedback = keepTyping(teamFeedback, loadedTeamFeedback, details.teamFeedback());
        managerFeedback.setReadOnly(!details.managerView());
        teamFeedback.setReadOnly(!details.managerView());
        saveFeedback.setVisible(details.managerView());
    }
}
