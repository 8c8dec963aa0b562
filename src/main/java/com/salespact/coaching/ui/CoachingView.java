package com.salespact.coaching.ui;

import com.salespact.base.CompanySettings;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PersonSummary;
import com.salespact.coaching.CoachingHours;
import com.salespact.coaching.query.CoachingHoursQuery;
import com.salespact.coaching.CoachingNoteLine;
import com.salespact.coaching.CoachingService;
import com.salespact.coaching.CoachingSessionLine;
import com.salespact.coaching.TrainingItemLine;
import com.salespact.coaching.TrainingService;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rep's development page: coaching sessions and hours, the training plan with progress, and development notes.
 * A rep sees their own and records training progress; a manager picks a rep of their team, logs coaching, adds
 * development notes and training items. The rep is in the URL ({@link CoachingNavigation}); somebody else's rep is
 * refused by the services and the page falls back to what the reader may see.
 */
@Route("development")
@Menu(order = 9, icon = "ACADEMY_CAP", title = "nav.development")
@PermitAll
public class CoachingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CoachingService coaching;
    private final TrainingService training;
    private final CoachingHoursQuery hours;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final SignedInUser user;
    private final ComboBox<PersonSummary> rep = new ComboBox<>();
    private final H2 title = new H2();
    private final Div content = new Div();
    private final List<PersonSummary> reps;
    private Long repId;
    private boolean loading;

    public CoachingView(CoachingService coaching, TrainingService training, CoachingHoursQuery hours,
                        CompanySettings settings, CurrentUser currentUser, Clock clock) {
        this.coaching = coaching;
        this.training = training;
        this.hours = hours;
        this.calendar = settings.calendar();
        this.clock = clock;
        this.user = currentUser.require();
        this.reps = coaching.reps();
        setId("coaching-view");
        addClassName("coaching-view");
        getStyle().set("--lumo-size-m", "44px"); // touch targets on tablets

        rep.setId("coaching-rep");
        rep.setLabel(getTranslation("coaching.rep"));
        rep.setItems(reps);
        rep.setItemLabelGenerator(PersonSummary::fullName);
        rep.setVisible(!user.isRep());
        rep.addValueChangeListener(event -> {
            if (!loading && event.getValue() != null) {
                show(event.getValue().id());
            }
        });
        title.setId("coaching-rep-name");
        content.setWidthFull();
        content.setId("coaching-content");
        add(rep, title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(CoachingNavigation.rep(event.getLocation().getQueryParameters()).orElse(null));
    }

    private void show(Long requested) {
        Long own = user.isRep() ? Long.valueOf(user.personId()) : null;
        Long fallback = own != null ? own : reps.stream().findFirst().map(PersonSummary::id).orElse(null);
        Long next = requested == null ? fallback : requested;
        try {
            render(next);
        } catch (AccessDeniedException denied) {
            // Somebody else's page looks like a wrong link: nothing of theirs is shown.
            FormErrors.error(getTranslation("coaching.not-yours"));
            render(fallback);
        }
    }

    private void render(Long id) {
        if (id == null) {
            repId = null;
            content.removeAll();
            title.setText("");
            content.add(new Paragraph(getTranslation("coaching.pick-rep")));
            return;
        }
        // Read everything first: a refused rep must not leave half a page behind.
        List<CoachingSessionLine> sessions = coaching.sessions(id);
        List<TrainingItemLine> items = training.items(id);
        List<CoachingNoteLine> notes = coaching.notes(id);
        LocalDate today = LocalDate.now(clock);
        DateRange quarter = calendar.quarterOf(today);
        LocalDate threeMonthsBack = today.withDayOfMonth(1).minusMonths(2);
        List<CoachingHours> monthly = hours.monthly(id, new DateRange(
                quarter.start().isBefore(threeMonthsBack) ? quarter.start() : threeMonthsBack, today));

        repId = id;
        CoachingNavigation.showState(id);
        content.removeAll();
        loading = true;
        try {
            rep.setValue(reps.stream().filter(p -> p.id() == id).findFirst().orElse(null));
        } finally {
            loading = false;
        }
        title.setText(reps.stream().filter(p -> p.id() == id).map(PersonSummary::fullName).findFirst().orElse(""));
        boolean coach = !user.isRep();
        Runnable reload = () -> render(repId);
        content.add(new CoachingSessionsSection(coaching, id, coach, reload, sessions, monthly, quarter,
                        YearMonth.from(threeMonthsBack), today),
                new TrainingPlanSection(training, id, coach, reload, items, today, clock.getZone()),
                new DevelopmentNotesSection(coaching, id, coach, reload, notes, today));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.coaching");
    }
}
