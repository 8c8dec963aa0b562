package com.salespact.coaching.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.DateRange;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.coaching.CoachingHours;
import com.salespact.coaching.CoachingService;
import com.salespact.coaching.CoachingSessionLine;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;

/**
 * Coaching time with the rep: hours this quarter and over the last three months, the sessions held, and for a coach
 * the form to log one.
 */
class CoachingSessionsSection extends CoachingSection {

    /**
     * @param monthly coaching hours per month, from the earlier of the quarter's start and {@code threeMonthsBack}
     * @param coach   the reader coaches the rep, so may log a session
     */
    CoachingSessionsSection(CoachingService coaching, long repId, boolean coach, Runnable reload,
                            List<CoachingSessionLine> sessions, List<CoachingHours> monthly, DateRange quarter,
                            YearMonth threeMonthsBack, LocalDate today) {
        super("coaching-sessions-section", "coaching.sessions.title");
        BigDecimal thisQuarter = sum(monthly, month -> !month.isBefore(YearMonth.from(quarter.start())));
        BigDecimal lastThree = sum(monthly, month -> !month.isBefore(threeMonthsBack));
        Span summary = new Span(getTranslation("coaching.sessions.hours",
                UserFormats.current().number(thisQuarter, 2), UserFormats.current().number(lastThree, 2)));
        summary.setId("coaching-hours");
        summary.addClassName("feedback-hint");
        add(summary);
        if (coach) {
            CoachingSessionForm form = new CoachingSessionForm(today);
            Button log = new Button(getTranslation("coaching.session.log"), event -> form.write().ifPresent(draft -> {
                try {
                    coaching.logSession(repId, draft.getHeldOn(), draft.getHours(), draft.getTopic());
                    FormErrors.success(getTranslation("coaching.session.logged"));
                    reload.run();
                } catch (RuleViolation refused) {
                    form.showError(refused);
                }
            }));
            log.setId("coaching-session-log");
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form, actions(log));
        }
        if (sessions.isEmpty()) {
            add(new Paragraph(getTranslation("coaching.sessions.none")));
            return;
        }
        add(grid(sessions));
    }

    private Grid<CoachingSessionLine> grid(List<CoachingSessionLine> sessions) {
        Grid<CoachingSessionLine> grid = new Grid<>();
        grid.setId("coaching-sessions");
        grid.addColumn(line -> UserFormats.current().date(line.heldOn())).setHeader(getTranslation("coaching.session.date"))
                .setAutoWidth(true);
        grid.addColumn(line -> UserFormats.current().number(line.hours(), 2))
                .setHeader(getTranslation("coaching.session.hours")).setAutoWidth(true);
        grid.addColumn(CoachingSessionLine::topic).setHeader(getTranslation("coaching.session.topic")).setFlexGrow(3);
        grid.addColumn(CoachingSessionLine::managerName).setHeader(getTranslation("coaching.session.manager"))
                .setAutoWidth(true);
        grid.setItems(sessions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static BigDecimal sum(List<CoachingHours> monthly, Predicate<YearMonth> months) {
        return monthly.stream().filter(h -> months.test(h.month())).map(CoachingHours::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
