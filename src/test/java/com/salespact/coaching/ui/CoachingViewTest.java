package com.salespact.coaching.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.salespact.base.ui.KaribuTest;
import com.salespact.coaching.CoachingSessionLine;
import com.salespact.feedback.FeedbackTestData;
import com.salespact.pact.TrainingStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The development page: a manager coaching a rep, the rep recording training progress, and nobody else's page. */
class CoachingViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void keepTestRows() {
        FeedbackTestData.keepTestRows(kept);
    }

    private long id(String username) {
        return company.personId(username);
    }

    private static String repName() {
        return _get(H2.class, spec -> spec.withId("coaching-rep-name")).getText();
    }

    @Test
    void aManagerLogsCoachingAddsANoteAndATrainingItem() {
        login("manager");
        UI.getCurrent().navigate("development", QueryParameters.of("rep", String.valueOf(id("rep"))));
        assertThat(repName()).isEqualTo("Ravi Patel");
        assertThat(_get(CoachingView.class).getStyle().get("--lumo-size-m")).isEqualTo("44px");

        CoachingSessionForm session = _get(CoachingSessionForm.class);
        session.hours.setValue(new BigDecimal("9"));
        _click(_get(Button.class, spec -> spec.withId("coaching-session-log")));
        assertThat(session.hours.getErrorMessage()).isEqualTo("More than 0 and at most 8 hours");
        assertThat(session.topic.getErrorMessage()).isEqualTo("Say what you worked on");
        session.hours.setValue(new BigDecimal("1.5"));
        session.topic.setValue(FeedbackTestData.TEST_TOPIC + "Handling price objections");
        _click(_get(Button.class, spec -> spec.withId("coaching-session-log")));
        @SuppressWarnings("unchecked")
        Grid<CoachingSessionLine> sessions = _get(Grid.class, spec -> spec.withId("coaching-sessions"));
        assertThat(sessions.getListDataView().getItems().findFirst().orElseThrow().topic())
                .isEqualTo(FeedbackTestData.TEST_TOPIC + "Handling price objections");

        CoachingNoteForm note = _get(CoachingNoteForm.class);
        _click(_get(Button.class, spec -> spec.withId("coaching-note-add")));
        assertThat(note.skills.getErrorMessage()).isEqualTo("Write down skills, aspirations or what you talked about");
        note.skills.setValue("Negotiation, C-level conversations");
        note.aspirations.setValue("Key account manager within two years");
        _click(_get(Button.class, spec -> spec.withId("coaching-note-add")));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("coaching-note-aspirations")).stream()
                .map(Paragraph::getText)).contains("Key account manager within two years");

        TrainingItemForm item = _get(TrainingItemForm.class);
        item.title.setValue("Negotiation masterclass");
        _click(_get(Button.class, spec -> spec.withId("training-add")));
        assertThat(_find(Span.class, spec -> spec.withClasses("training-title")).stream().map(Span::getText))
                .contains("Negotiation masterclass");

        // Another rep of the team, picked from the list, lands in the URL.
        @SuppressWarnings("unchecked")
        ComboBox<com.salespact.people.PersonSummary> rep = _get(ComboBox.class, spec -> spec.withId("coaching-rep"));
        rep.setValue(rep.getListDataView().getItems().filter(p -> p.username().equals("lkim")).findFirst()
                .orElseThrow());
        assertThat(repName()).isEqualTo("Lena Kim");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("coaching-note-aspirations")).stream()
                .map(Paragraph::getText)).doesNotContain("Key account manager within two years");
    }

    @Test
    void aRepRecordsTrainingProgressButLogsNoCoaching() {
        jdbc.update("insert into training_item (rep_id, title, due_date, status, source, created_at)"
                + " values (?, 'Test value selling course', date '2026-12-15', 'PLANNED', 'REVIEW', ?)",
                id("rep"), FeedbackTestData.NOW.atOffset(java.time.ZoneOffset.UTC));
        long itemId = jdbc.queryForObject("select id from training_item where title = 'Test value selling course'",
                Long.class);
        login("rep");
        UI.getCurrent().navigate("development");
        assertThat(repName()).isEqualTo("Ravi Patel");
        assertThat(_find(ComboBox.class, spec -> spec.withId("coaching-rep"))).isEmpty();
        assertThat(_find(CoachingSessionForm.class)).isEmpty();
        assertThat(_find(CoachingNoteForm.class)).isEmpty();
        assertThat(_find(TrainingItemForm.class)).isEmpty();

        String before = _get(Span.class, spec -> spec.withId("training-progress")).getText();
        @SuppressWarnings("unchecked")
        Select<TrainingStatus> status = _get(Select.class, spec -> spec.withId("training-status-" + itemId));
        status.setValue(TrainingStatus.DONE);
        assertThat(jdbc.queryForObject("select status from training_item where id = ?", String.class, itemId))
                .isEqualTo("DONE");
        String after = _get(Span.class, spec -> spec.withId("training-progress")).getText();
        assertThat(done(after)).isEqualTo(done(before) + 1);
        assertThat(_get(Div.class, spec -> spec.withId("training-item-" + itemId)).getClassNames())
                .contains("training-done");
    }

    private static int done(String progress) {
        return Integer.parseInt(progress.substring(0, progress.indexOf(' ')));
    }

    @Test
    void aRepCannotOpenAnotherRepsDevelopmentPage() {
        long lena = id("lkim");
        jdbc.update("insert into development_note (rep_id, author_id, noted_on, aspirations, created_at)"
                + " values (?, ?, date '2026-11-18', 'Lena wants to lead a team', ?)", lena, id("manager"),
                FeedbackTestData.NOW.atOffset(java.time.ZoneOffset.UTC));
        login("rep");
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("development", QueryParameters.of("rep", String.valueOf(lena)));

        NotificationsKt.expectNotifications("That development page is not yours to open.");
        assertThat(repName()).isEqualTo("Ravi Patel");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("coaching-note-aspirations")).stream()
                .map(Paragraph::getText)).doesNotContain("Lena wants to lead a team");

        login("sofia");
        UI.getCurrent().navigate("development", QueryParameters.of("rep", String.valueOf(lena)));
        assertThat(repName()).isNotEqualTo("Lena Kim");
    }
}
