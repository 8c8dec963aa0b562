package com.salespact.digest.ui;

import com.salespact.base.FiscalCalendar;
import com.salespact.base.ui.UserFormats;
import com.salespact.digest.DigestLinks;
import com.salespact.digest.DigestService;
import com.salespact.digest.DigestService.DigestPerson;
import com.salespact.digest.DigestWeek;
import com.salespact.messaging.ComposedMail;
import com.salespact.messaging.ui.NotificationSettingsView;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The weekly pact digest as it is mailed: the same rendered HTML, in a sandboxed frame (no script, no access to this
 * page), with a week picker (this week's and the seven before) and, for a manager or admin, whose digest to show.
 */
@Route(DigestLinks.ROUTE)
@Menu(order = 97, icon = "NEWSPAPER", title = "digest.nav")
@PermitAll
public class DigestView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int WEEKS_OFFERED = 8;

    private final DigestService digests;
    final Select<DigestPerson> person = new Select<>();
    final Select<DigestWeek> week = new Select<>();
    final Paragraph subject = new Paragraph();
    final Paragraph none = new Paragraph();
    final IFrame frame = new IFrame();
    private boolean entering;

    public DigestView(DigestService digests) {
        this.digests = digests;
        setId("digest-view");
        Paragraph hint = new Paragraph(getTranslation("digest.view.hint"));
        hint.addClassName("review-hint");
        RouterLink settings = new RouterLink(getTranslation("digest.view.settings"), NotificationSettingsView.class);
        settings.setId("digest-settings-link");

        List<DigestPerson> people = digests.previewable();
        person.setLabel(getTranslation("digest.view.person"));
        person.setItems(people);
        person.setItemLabelGenerator(DigestPerson::fullName);
        person.setVisible(people.size() > 1);
        person.setId("digest-person");

        DigestWeek thisWeek = digests.thisWeek();
        week.setLabel(getTranslation("digest.view.week"));
        week.setItems(IntStream.range(0, WEEKS_OFFERED).mapToObj(n -> new DigestWeek(thisWeek.monday().minusWeeks(n)))
                .toList());
        week.setItemLabelGenerator(this::weekLabel);
        week.setId("digest-week");
        week.setWidth("32em");
        week.setMaxWidth("100%");

        subject.setId("digest-subject");
        subject.getStyle().set("font-weight", "600");
        none.setId("digest-none");
        frame.setId("digest-frame");
        frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        frame.setWidth("100%");
        frame.setMaxWidth("680px");
        frame.setHeight("900px");
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "8px");

        HorizontalLayout pickers = new HorizontalLayout(person, week);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("flex-wrap", "wrap");
        add(hint, settings, pickers, subject, none, frame);

        person.setValue(people.isEmpty() ? null : people.getFirst());
        week.setValue(thisWeek);
        person.addValueChangeListener(event -> changed());
        week.addValueChangeListener(event -> changed());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        entering = true;
        try {
            DigestNavigation.person(parameters).flatMap(id -> person.getListDataView().getItems()
                    .filter(each -> each.id() == id).findFirst()).ifPresent(person::setValue);
            DigestNavigation.week(parameters).filter(chosen -> week.getListDataView().getItems()
                    .anyMatch(chosen::equals)).ifPresent(week::setValue);
        } finally {
            entering = false;
        }
        show();
    }

    private void changed() {
        if (!entering) {
            show();
            if (person.getValue() != null && week.getValue() != null) {
                DigestNavigation.showState(person.getValue().id(), week.getValue());
            }
        }
    }

    private void show() {
        Optional<ComposedMail> mail = person.getValue() == null || week.getValue() == null ? Optional.empty()
                : digests.preview(person.getValue().id(), week.getValue());
        subject.setText(mail.map(m -> getTranslation("digest.view.subject", m.subject())).orElse(""));
        subject.setVisible(mail.isPresent());
        none.setText(getTranslation("digest.view.none"));
        none.setVisible(mail.isEmpty());
        frame.setSrcdoc(mail.map(ComposedMail::html).orElse(""));
        frame.setVisible(mail.isPresent());
    }

    private String weekLabel(DigestWeek digestWeek) {
        var formats = UserFormats.current();
        var covered = digestWeek.covered();
        return getTranslation("digest.view.week-label",
                getTranslation("calendar.week", String.valueOf(FiscalCalendar.isoWeekNumber(covered.start()))),
                formats.dateRange(covered.start(), covered.end()), formats.date(digestWeek.monday()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.digest");
    }
}
