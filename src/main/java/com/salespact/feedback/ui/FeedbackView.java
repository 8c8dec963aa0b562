package com.salespact.feedback.ui;

import com.salespact.base.DateRange;
import com.salespact.base.FiscalCalendar;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.feedback.FeedbackNote;
import com.salespact.feedback.FeedbackPerson;
import com.salespact.feedback.FeedbackRequestLine;
import com.salespact.feedback.FeedbackRespondentStatus;
import com.salespact.feedback.FeedbackService;
import com.salespact.feedback.FeedbackSummary;
import com.salespact.feedback.FeedbackUpwardDigest;
import com.salespact.feedback.ui.FeedbackNavigation.Tab;
import com.salespact.security.CurrentUser;
import com.salespact.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Continuous feedback and 360s. Everybody gives feedback, reads what they may (the rules are shown on the page) and
 * answers the 360 requests waiting for them; a manager asks for a 360 about a rep of their team and reads its
 * summary; a rep reads their own. The tab, person and quarter are in the URL ({@link FeedbackNavigation}).
 */
@Route("feedback")
@PageTitle("Feedback")
@Menu(order = 8, icon = "COMMENTS", title = "nav.feedback")
@PermitAll
public class FeedbackView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final FeedbackService feedback;
    private final SignedInUser user;
    private final FiscalCalendar calendar;
    private final Clock clock;
    private final Tabs tabs = new Tabs();
    private final Map<Tab, com.vaadin.flow.component.tabs.Tab> tabComponents = new EnumMap<>(Tab.class);
    private final Div content = new Div();

    private Tab current = Tab.NOTES;
    private Long personId;
    private DateRange quarter;
    /** Set while the view itself selects a tab, so the tab listener stays quiet. */
    private boolean loading;

    public FeedbackView(FeedbackService feedback, CurrentUser currentUser, Clock clock) {
        this.feedback = feedback;
        this.user = currentUser.require();
        this.calendar = feedback.calendar();
        this.clock = clock;
        setId("feedback-view");
        addClassName("feedback-view");
        getStyle().set("--lumo-size-m", "44px"); // touch targets on tablets: fields, buttons, tabs

        tabComponents.put(Tab.NOTES, new com.vaadin.flow.component.tabs.Tab(getTranslation("feedback.tab.notes")));
        tabComponents.put(Tab.REQUESTS, new com.vaadin.flow.component.tabs.Tab());
        tabComponents.put(Tab.THREE_SIXTY, new com.vaadin.flow.component.tabs.Tab(
                getTranslation(user.isRep() ? "feedback.tab.360.mine" : "feedback.tab.360")));
        tabComponents.forEach((key, tab) -> {
            tab.setId("feedback-tab-" + key.key);
            tabs.add(tab);
        });
        tabs.setId("feedback-tabs");
        tabs.addSelectedChangeListener(event -> {
            if (!loading && event.getSelectedTab() != null) {
                current = tabComponents.entrySet().stream().filter(e -> e.getValue() == event.getSelectedTab())
                        .map(Map.Entry::getKey).findFirst().orElse(Tab.NOTES);
                show();
            }
        });
        content.setId("feedback-content");
        content.setWidthFull();
        add(new FeedbackRulesPanel(), tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        current = FeedbackNavigation.tab(parameters);
        personId = FeedbackNavigation.person(parameters).orElse(null);
        quarter = FeedbackNavigation.quarter(parameters, calendar).orElse(null);
        show();
    }

    private void show() {
        loading = true;
        try {
            tabs.setSelectedTab(tabComponents.get(current));
        } finally {
            loading = false;
        }
        List<FeedbackRequestLine> waiting = feedback.waitingForMe();
        tabComponents.get(Tab.REQUESTS).setLabel(getTranslation("feedback.tab.requests", waiting.size()));
        content.removeAll();
        switch (current) {
            case NOTES -> content.add(notesTab());
            case REQUESTS -> content.add(requestsTab(waiting));
            case THREE_SIXTY -> content.add(threeSixtyTab());
        }
        updateLocation();
    }

    private void updateLocation() {
        boolean of360 = current == Tab.THREE_SIXTY;
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(FeedbackNavigation.ROUTE,
                FeedbackNavigation.parameters(current, of360 ? personId : null, of360 ? calendar : null,
                        of360 ? quarter : null)));
    }

    // --- feedback notes ----------------------------------------------------------------------------------------

    private Component notesTab() {
        Div box = new Div();
        FeedbackForm form = new FeedbackForm(feedback.recipients());
        Button send = new Button(getTranslation("feedback.send"), event -> send(form));
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        box.add(new H3(getTranslation("feedback.give.title")), form, actions);
        if (user.isManager()) {
            box.add(digest(feedback.upwardDigest(calendar.yearOf(LocalDate.now(clock)))));
        }
        box.add(new H3(getTranslation("feedback.mine.title")));
        Div list = new Div();
        list.setId("feedback-notes");
        list.addClassName("feedback-list");
        List<FeedbackNote> notes = feedback.notes();
        if (notes.isEmpty()) {
            list.add(new Paragraph(getTranslation("feedback.none")));
        }
        notes.forEach(note -> list.add(noteCard(note)));
        box.add(list);
        return box;
    }

    private void send(FeedbackForm form) {
        form.write().ifPresent(draft -> {
            try {
                feedback.give(draft.getAbout().id(), draft.getKind(), draft.getText(), draft.isShare());
                FormErrors.success(getTranslation(draft.isShare() ? "feedback.sent.shared" : "feedback.sent",
                        draft.getAbout().name()));
                show();
            } catch (RuleViolation refused) {
                form.showError(refused);
            }
        });
    }

    private Div noteCard(FeedbackNote note) {
        Span kind = new Span(getTranslation("feedback.kind." + note.kind().name()));
        kind.addClassNames("feedback-kind", "feedback-kind-" + note.kind().name().toLowerCase());
        Span who = new Span(whoWrote(note));
        who.addClassName("feedback-who");
        Span when = new Span(DAY.format(note.createdAt().atZone(clock.getZone())));
        when.addClassName("feedback-when");
        Span status = new Span(getTranslation(note.shared() ? "feedback.note.shared" : "feedback.note.private"));
        status.addClassNames("feedback-status", note.shared() ? "shared" : "private");
        Div head = new Div(kind, who, when, status);
        head.addClassName("feedback-note-head");
        Paragraph text = new Paragraph(note.text());
        text.addClassName("feedback-note-text");
        Div card = new Div(head, text);
        card.setId("feedback-note-" + note.id());
        card.addClassName("feedback-note");
        if (note.canShare()) {
            Button share = new Button(getTranslation("feedback.note.share", note.aboutName()), event -> {
                feedback.share(note.id());
                FormErrors.success(getTranslation("feedback.sent.shared", note.aboutName()));
                show();
            });
            share.setId("feedback-share-" + note.id());
            share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(share);
        }
        return card;
    }

    private String whoWrote(FeedbackNote note) {
        if (note.authorId() == user.personId()) {
            return getTranslation("feedback.note.by-you", note.aboutName());
        }
        if (note.aboutId() == user.personId()) {
            return getTranslation("feedback.note.from", note.authorName());
        }
        return getTranslation("feedback.note.between", note.authorName(), note.aboutName());
    }

    private Div digest(FeedbackUpwardDigest digest) {
        Div box = new Div(new H4(getTranslation("feedback.digest.title")));
        box.setId("feedback-digest");
        box.addClassName("feedback-digest");
        if (digest.notes() == 0) {
            box.add(new Paragraph(getTranslation("feedback.digest.none")));
        } else if (!digest.shown()) {
            box.add(new Paragraph(getTranslation("feedback.digest.hidden", digest.notes())));
        } else {
            box.add(new Paragraph(getTranslation("feedback.digest.counts", digest.notes(), digest.praise(),
                    digest.constructive())));
            UnorderedList texts = new UnorderedList();
            digest.texts().forEach(text -> texts.add(new ListItem(text)));
            box.add(texts);
        }
        return box;
    }

    // --- 360 requests waiting for me ---------------------------------------------------------------------------

    private Component requestsTab(List<FeedbackRequestLine> waiting) {
        Div list = new Div();
        list.setId("feedback-requests");
        list.addClassName("feedback-list");
        if (waiting.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("feedback.requests.none"));
            none.setId("feedback-requests-none");
            list.add(none);
        }
        for (FeedbackRequestLine request : waiting) {
            String period = periodLabel(request.period());
            Span title = new Span(request.subjectId() == user.personId()
                    ? getTranslation("feedback.request.self", period)
                    : getTranslation("feedback.request.about", request.subjectName(), period));
            title.addClassName("feedback-request-title");
            Span meta = new Span(getTranslation("feedback.request.meta", request.requestedByName(),
                    DAY.format(request.dueOn())));
            meta.addClassName("feedback-hint");
            Button answer = new Button(getTranslation("feedback.request.answer"),
                    event -> new FeedbackAnswerDialog(feedback, request, this::show).open());
            answer.setId("feedback-answer-" + request.id());
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div card = new Div(title, meta, answer);
            card.addClassName("feedback-request");
            card.setId("feedback-request-" + request.id());
            list.add(card);
        }
        return list;
    }

    // --- 360 summary and requests ------------------------------------------------------------------------------

    private Component threeSixtyTab() {
        List<FeedbackPerson> subjects = feedback.subjects();
        FeedbackPerson subject = subjects.stream().filter(p -> personId != null && p.id() == personId).findFirst()
                .orElse(subjects.size() > 1 ? subjects.get(1) : subjects.getFirst());
        personId = subject.id();
        List<DateRange> quarters = recentQuarters();
        if (quarter == null || !quarters.contains(quarter)) {
            quarter = latestAnswered(subject, quarters);
        }

        ComboBox<FeedbackPerson> person = new ComboBox<>(getTranslation("feedback.360.rep"));
        person.setId("feedback-360-person");
        person.setItems(subjects);
        person.setItemLabelGenerator(FeedbackPerson::name);
        person.setValue(subject);
        person.setVisible(subjects.size() > 1);
        person.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue().id() != personId) {
                personId = event.getValue().id();
                quarter = null;
                show();
            }
        });
        Select<DateRange> period = new Select<>();
        period.setLabel(getTranslation("feedback.360.period"));
        period.setId("feedback-360-quarter");
        period.setItems(quarters);
        period.setItemLabelGenerator(this::periodLabel);
        period.setValue(quarter);
        period.addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(quarter)) {
                quarter = event.getValue();
                show();
            }
        });
        Div toolbar = new Div(person, period);
        toolbar.addClassName("toolbar");

        boolean manages = feedback.mayRequest(subject.id());
        FeedbackSummary summary = feedback.summary(subject.id(), quarter);
        List<FeedbackRespondentStatus> statuses = manages ? feedback.respondents(subject.id(), quarter) : null;
        Div box = new Div(toolbar, new FeedbackSummaryPanel(summary, periodLabel(quarter), statuses));
        if (manages) {
            box.add(requestForm(subject, statuses));
        }
        return box;
    }

    private Component requestForm(FeedbackPerson subject, List<FeedbackRespondentStatus> statuses) {
        Div box = new Div(new H3(getTranslation("feedback.360.request.title")));
        box.setId("feedback-360-request");
        Set<Long> asked = statuses.stream().map(FeedbackRespondentStatus::respondentId).collect(Collectors.toSet());
        List<FeedbackPerson> choices = feedback.respondentChoices(subject.id()).stream()
                .filter(p -> !asked.contains(p.id())).toList();
        if (choices.isEmpty()) {
            box.add(new Paragraph(getTranslation("feedback.360.all-asked")));
            return box;
        }
        FeedbackRequestForm form = new FeedbackRequestForm(choices, subject, user.personId(), LocalDate.now(clock));
        Button send = new Button(getTranslation("feedback.360.send"), event -> form.write().ifPresent(draft -> {
            try {
                int sent = feedback.request(subject.id(), quarter, draft.getDueOn(),
                        draft.getRespondents().stream().map(FeedbackPerson::id).toList());
                FormErrors.success(getTranslation("feedback.360.sent", sent));
                show();
            } catch (RuleViolation refused) {
                form.showError(refused);
            }
        }));
        send.setId("feedback-360-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        box.add(form, actions);
        return box;
    }

    /** The current fiscal quarter and the three before it, newest first. */
    private List<DateRange> recentQuarters() {
        List<DateRange> quarters = new ArrayList<>();
        LocalDate day = LocalDate.now(clock);
        for (int i = 0; i < 4; i++) {
            DateRange range = calendar.quarterOf(day);
            quarters.add(range);
            day = range.start().minusDays(1);
        }
        return quarters;
    }

    /** Opens on the newest quarter with a 360 about the person, else the current one. */
    private DateRange latestAnswered(FeedbackPerson subject, List<DateRange> quarters) {
        return quarters.stream().filter(q -> !feedback.summary(subject.id(), q).isEmpty()).findFirst()
                .orElse(quarters.getFirst());
    }

    private String periodLabel(DateRange period) {
        return calendar.quarterOf(period.start()).equals(period) ? calendar.quarterLabel(period.start())
                : DAY.format(period.start()) + " – " + DAY.format(period.end());
    }
}
