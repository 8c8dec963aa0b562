package com.salespact.coaching.ui;

import com.salespact.base.CompanySettings;
import com.salespact.base.ConcurrentEditException;
import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PersonSummary;
import com.salespact.coaching.CoachingHours;
import com.salespact.coaching.query.CoachingHoursQuery;
import com.salespact.coaching.CoachingNoteLine;
import com.salespact.coaching.CoachingService;
import com.salespact.coaching.CoachingSessionLine;
import com.salespact.coaching.TrainingItemLine;
import com.salespact.coaching.TrainingProgress;
import com.salespact.coaching.TrainingService;
import com.salespact.pact.TrainingStatus;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A rep's development page: coaching sessions and hours, the training plan with progress, and development notes.
 * A rep sees their own and records training progress; a manager picks a rep of their team, logs coaching, adds
 * development notes and training items. The rep is in the URL ({@link CoachingNavigation}); somebody else's rep is
 * refused by the services and the page falls back to what the reader may see.
 */
@Route("development")
@PageTitle("Development")
@Menu(order = 9, icon = "ACADEMY_CAP", title = "nav.development")
@PermitAll
public class CoachingView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

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
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(CoachingNavigation.ROUTE, CoachingNavigation.parameters(id)));
        content.removeAll();
        loading = true;
        try {
            rep.setValue(reps.stream().filter(p -> p.id() == id).findFirst().orElse(null));
        } finally {
            loading = false;
        }
        title.setText(reps.stream().filter(p -> p.id() == id).map(PersonSummary::fullName).findFirst().orElse(""));
        content.add(sessionsSection(sessions, monthly, quarter, YearMonth.from(threeMonthsBack), today),
                trainingSection(items, today), notesSection(notes, today));
    }

    private boolean coach() {
        return !user.isRep();
    }

    // --- coaching sessions -------------------------------------------------------------------------------------

    private Component sessionsSection(List<CoachingSessionLine> sessions, List<CoachingHours> monthly,
                                      DateRange quarter, YearMonth threeMonthsBack, LocalDate today) {
        Div section = section("coaching-sessions-section", "coaching.sessions.title");
        BigDecimal thisQuarter = sum(monthly, month -> !month.isBefore(YearMonth.from(quarter.start())));
        BigDecimal lastThree = sum(monthly, month -> !month.isBefore(threeMonthsBack));
        Span summary = new Span(getTranslation("coaching.sessions.hours", thisQuarter.stripTrailingZeros()
                .toPlainString(), lastThree.stripTrailingZeros().toPlainString()));
        summary.setId("coaching-hours");
        summary.addClassName("feedback-hint");
        section.add(summary);
        if (coach()) {
            CoachingSessionForm form = new CoachingSessionForm(today);
            Button log = new Button(getTranslation("coaching.session.log"), event -> form.write().ifPresent(draft -> {
                try {
                    coaching.logSession(repId, draft.getHeldOn(), draft.getHours(), draft.getTopic());
                    FormErrors.success(getTranslation("coaching.session.logged"));
                    render(repId);
                } catch (RuleViolation refused) {
                    form.showError(refused);
                }
            }));
            log.setId("coaching-session-log");
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            section.add(form, actions(log));
        }
        if (sessions.isEmpty()) {
            section.add(new Paragraph(getTranslation("coaching.sessions.none")));
            return section;
        }
        Grid<CoachingSessionLine> grid = new Grid<>();
        grid.setId("coaching-sessions");
        grid.addColumn(line -> DAY.format(line.heldOn())).setHeader(getTranslation("coaching.session.date"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.hours().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("coaching.session.hours")).setAutoWidth(true);
        grid.addColumn(CoachingSessionLine::topic).setHeader(getTranslation("coaching.session.topic")).setFlexGrow(3);
        grid.addColumn(CoachingSessionLine::managerName).setHeader(getTranslation("coaching.session.manager"))
                .setAutoWidth(true);
        grid.setItems(sessions);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private static BigDecimal sum(List<CoachingHours> monthly, Predicate<YearMonth> months) {
        return monthly.stream().filter(h -> months.test(h.month())).map(CoachingHours::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // --- training plan -----------------------------------------------------------------------------------------

    private Component trainingSection(List<TrainingItemLine> items, LocalDate today) {
        Div section = section("training-section", "coaching.training.title");
        TrainingProgress progress = TrainingProgress.of(items);
        ProgressBar bar = new ProgressBar(0, 1, progress.doneShare());
        bar.setId("training-progress-bar");
        Span counts = new Span(getTranslation("coaching.training.progress", progress.done(), progress.total(),
                progress.inProgress()));
        counts.setId("training-progress");
        counts.addClassName("feedback-hint");
        section.add(bar, counts);
        Div list = new Div();
        list.setId("training-items");
        list.addClassName("feedback-list");
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("coaching.training.none")));
        }
        items.forEach(item -> list.add(trainingRow(item)));
        section.add(list);
        if (coach()) {
            TrainingItemForm form = new TrainingItemForm(today);
            Button add = new Button(getTranslation("coaching.training.add"), event -> form.write().ifPresent(draft -> {
                try {
                    training.add(repId, draft.getTitle(), draft.getDueDate());
                    FormErrors.success(getTranslation("coaching.training.added"));
                    render(repId);
                } catch (RuleViolation refused) {
                    form.showError(refused);
                }
            }));
            add.setId("training-add");
            section.add(form, actions(add));
        }
        return section;
    }

    private Div trainingRow(TrainingItemLine item) {
        Span name = new Span(item.title());
        name.addClassName("training-title");
        Span when = new Span(item.status() == TrainingStatus.DONE && item.completedAt() != null
                ? getTranslation("coaching.training.completed", DAY.format(item.completedAt().atZone(clock.getZone())))
                : item.dueDate() == null ? ""
                : getTranslation(item.overdue() ? "coaching.training.overdue" : "coaching.training.due",
                        DAY.format(item.dueDate())));
        when.addClassNames("feedback-hint", item.overdue() ? "overdue" : "due");
        Span source = new Span(getTranslation("coaching.training.source." + item.source().name()));
        source.addClassName("training-source");
        Select<TrainingStatus> status = new Select<>();
        status.setId("training-status-" + item.id());
        status.setAriaLabel(getTranslation("coaching.training.status"));
        status.setItems(TrainingStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("coaching.training.status." + value.name()));
        status.setValue(item.status());
        status.addValueChangeListener(event -> {
            if (event.getValue() == null || event.getValue() == item.status()) {
                return;
            }
            try {
                training.move(item.id(), event.getValue(), item.version());
                FormErrors.success(getTranslation("coaching.training.updated"));
            } catch (ConcurrentEditException raced) {
                FormErrors.error(getTranslation("error.concurrent"));
            }
            render(repId);
        });
        Div text = new Div(name, when, source);
        text.addClassName("training-text");
        Div row = new Div(text, status);
        row.setId("training-item-" + item.id());
        row.addClassNames("training-item", "training-" + item.status().name().toLowerCase());
        return row;
    }

    // --- development notes -------------------------------------------------------------------------------------

    private Component notesSection(List<CoachingNoteLine> notes, LocalDate today) {
        Div section = section("coaching-notes-section", "coaching.notes.title");
        if (coach()) {
            CoachingNoteForm form = new CoachingNoteForm(today);
            Button add = new Button(getTranslation("coaching.note.add"), event -> form.write().ifPresent(draft -> {
                try {
                    coaching.addNote(repId, draft.getNotedOn(), draft.getSkills(), draft.getAspirations(),
                            draft.getText());
                    FormErrors.success(getTranslation("coaching.note.added"));
                    render(repId);
                } catch (RuleViolation refused) {
                    form.showError(refused);
                }
            }));
            add.setId("coaching-note-add");
            section.add(form, actions(add));
        }
        Div list = new Div();
        list.setId("coaching-notes");
        list.addClassName("feedback-list");
        if (notes.isEmpty()) {
            list.add(new Paragraph(getTranslation("coaching.notes.none")));
        }
        for (CoachingNoteLine note : notes) {
            Div card = new Div();
            card.setId("coaching-note-" + note.id());
            card.addClassName("coaching-note");
            Span head = new Span(getTranslation("coaching.note.by", DAY.format(note.notedOn()), note.authorName()));
            head.addClassName("feedback-hint");
            card.add(head);
            labelled(card, "coaching.note.skills", note.skills(), "coaching-note-skills");
            labelled(card, "coaching.note.aspirations", note.aspirations(), "coaching-note-aspirations");
            labelled(card, "coaching.note.text", note.text(), "coaching-note-text");
            list.add(card);
        }
        section.add(list);
        return section;
    }

    private void labelled(Div card, String labelKey, String value, String className) {
        if (value == null) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("feedback-label");
        Paragraph text = new Paragraph(value);
        text.addClassName(className);
        card.add(label, text);
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("coaching-section");
        return section;
    }

    private static Div actions(Button button) {
        Div actions = new Div(button);
        actions.addClassName("form-actions");
        return actions;
    }
}
