package com.salespact.reviews.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.ui.FormErrors;
import com.salespact.reviews.CatchUpService;
import com.salespact.reviews.CatchUpStatus;
import com.salespact.reviews.CatchUpView;
import com.salespact.reviews.ReviewService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.salespact.base.Formats;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The catch-up plan on the 1:1: the gap and the weekly activity that closes it (from the rep's sales formula), the
 * rung of the pact's consequence ladder that is reached and what was agreed for it, and each week since with what
 * was done. A manager drafts (if the rep is behind), agrees or closes it.
 */
class CatchUpSection extends ReviewSection {


    private final CatchUpService catchUps;

    CatchUpSection(ReviewService reviews, CatchUpService catchUps, Runnable reload) {
        super("review-catch-up", "catchup.title", reviews, reload);
        this.catchUps = catchUps;
    }

    @Override
    void render() {
        getChildren().skip(1).toList().forEach(this::remove);
        Optional<CatchUpView> plan = catchUps.forReview(details.id(), details.repId());
        if (plan.isEmpty()) {
            add(new Paragraph(getTranslation("catchup.none")));
            if (details.managerView() && details.isOpen()) {
                Button check = new Button(getTranslation("catchup.check"), event -> {
                    if (catchUps.draftIfBehind(details.repId()).isEmpty()) {
                        FormErrors.success(getTranslation("catchup.on-track"));
                    }
                    reload.run();
                });
                check.setId("catch-up-check");
                add(check);
            }
            return;
        }
        show(plan.get());
    }

    private void show(CatchUpView plan) {
        Span status = new Span(getTranslation("catchup.status." + plan.status().name()));
        status.addClassName("catch-up-status");
        status.getElement().setAttribute("data-status", plan.status().name());
        Paragraph summary = new Paragraph(plan.summary());
        summary.setId("catch-up-summary");
        Formats formats = UserFormats.current();
        Div figures = new Div(figure(formats.money(plan.gap()), "catchup.gap"),
                figure(formats.count(plan.weeksLeft()), "catchup.weeks-left"),
                figure(perWeek(formats, plan.opportunitiesPerWeek()), "catchup.opps"),
                figure(perWeek(formats, plan.meetingsPerWeek()), "catchup.meetings"),
                figure(perWeek(formats, plan.callsPerWeek()), "catchup.calls"));
        figures.addClassName("catch-up-figures");
        add(status, summary, figures);
        if (plan.rung() != null) {
            // The rung when the plan was drafted; where the rep stands now is the ladder section's.
            Div ladder = new Div(new Span(getTranslation("catchup.rung", plan.ladderRung(), plan.ladderSize(),
                    plan.rung().consequence())));
            ladder.setId("catch-up-rung");
            ladder.addClassName("catch-up-rung");
            add(ladder);
        }
        add(weeks(plan));
        if (details.managerView() && plan.status() != CatchUpStatus.CLOSED) {
            Div buttons = new Div();
            buttons.addClassName("form-actions");
            if (plan.status() == CatchUpStatus.DRAFT) {
                Button agree = new Button(getTranslation("catchup.agree"), event -> {
                    catchUps.agree(plan.planId());
                    reload.run();
                });
                agree.setId("catch-up-agree");
                agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(agree);
            }
            Button close = new Button(getTranslation("catchup.close"), event -> {
                catchUps.close(plan.planId());
                reload.run();
            });
            close.setId("catch-up-close");
            buttons.add(close);
            add(buttons);
        }
    }

    private Div weeks(CatchUpView plan) {
        Div table = new Div();
        table.setId("catch-up-weeks");
        table.addClassName("catch-up-weeks");
        for (CatchUpView.Week week : plan.weeks()) {
            Div row = new Div(new Span(getTranslation("catchup.week", UserFormats.current().dayMonth(week.week().start()))),
                    new Span(getTranslation("catchup.week-done", week.opportunities(), week.meetings(), week.calls())),
                    new Span(getTranslation(week.onPlan() ? "catchup.on-plan" : "catchup.off-plan")));
            row.addClassName("catch-up-week");
            row.getElement().setAttribute("data-on-plan", String.valueOf(week.onPlan()));
            table.add(row);
        }
        return table;
    }

    /** A weekly figure to one decimal ("1.7"), "—" when the formula could not compute it. */
    private static String perWeek(Formats formats, BigDecimal value) {
        return value == null ? "—" : formats.number(value, 1);
    }

    private Div figure(String value, String key) {
        Span number = new Span(value.isEmpty() ? "—" : value);
        number.addClassName("catch-up-number");
        Div figure = new Div(number, new Span(getTranslation(key)));
        figure.addClassName("catch-up-figure");
        return figure;
    }
}
