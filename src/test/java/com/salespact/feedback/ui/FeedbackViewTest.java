package com.salespact.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.salespact.feedback.FeedbackKind;
import com.salespact.feedback.FeedbackPerson;
import com.salespact.feedback.FeedbackRecipient;
import com.salespact.feedback.FeedbackTestData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The feedback page: giving and sharing notes, a 360 from request to summary, and what each reader sees. */
class FeedbackViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void keepTestRows() {
        FeedbackTestData.keepTestRows(kept);
    }

    private long id(String username) {
        return company.personId(username);
    }

    private static FeedbackForm form() {
        return _get(FeedbackForm.class);
    }

    private static List<String> noteTexts() {
        return _find(Paragraph.class, spec -> spec.withClasses("feedback-note-text")).stream()
                .map(Paragraph::getText).toList();
    }

    private static List<String> items(Div parent, String listClass) {
        UnorderedList list = _get(parent, UnorderedList.class, spec -> spec.withClasses(listClass));
        return list.getChildren().map(item -> ((ListItem) item).getText()).toList();
    }

    @Test
    void aRepNeverSeesAPrivateConstructiveNoteUntilTheManagerSharesIt() {
        login("manager");
        UI.getCurrent().navigate("feedback");
        assertThat(_get(FeedbackView.class).getStyle().get("--lumo-size-m")).isEqualTo("44px");

        _click(_get(Button.class, spec -> spec.withId("feedback-send")));
        assertThat(form().about.isInvalid()).isTrue();
        assertThat(form().about.getErrorMessage()).isEqualTo("Choose who the feedback is about");
        assertThat(form().text.getErrorMessage()).isEqualTo("Write what you want to say");

        FeedbackRecipient ravi = form().about.getListDataView().getItems()
                .filter(r -> r.name().equals("Ravi Patel")).findFirst().orElseThrow();
        form().about.setValue(ravi);
        assertThat(form().share.getLabel()).isEqualTo("Share with Ravi Patel");
        form().kind.setValue(FeedbackKind.CONSTRUCTIVE);
        assertThat(form().share.getValue()).as("constructive notes start private").isFalse();
        form().text.setValue("Qualify the budget before you demo");
        _click(_get(Button.class, spec -> spec.withId("feedback-send")));

        long noteId = jdbc.queryForObject("select id from feedback where text = ?", Long.class,
                "Qualify the budget before you demo");
        Div card = _get(Div.class, spec -> spec.withId("feedback-note-" + noteId));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("feedback-status")).getText()).isEqualTo("Private");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("feedback-who")).getText())
                .isEqualTo("You, about Ravi Patel");

        login("rep");
        UI.getCurrent().navigate("feedback");
        assertThat(noteTexts()).doesNotContain("Qualify the budget before you demo");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("feedback-rule")).stream().map(ListItem::getText))
                .anySatisfy(rule -> assertThat(rule).startsWith("Private notes are never shown"));

        login("manager");
        UI.getCurrent().navigate("feedback");
        _click(_get(Button.class, spec -> spec.withId("feedback-share-" + noteId)));
        assertThat(_find(Button.class, spec -> spec.withId("feedback-share-" + noteId))).isEmpty();

        login("rep");
        assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isNotBlank();
        UI.getCurrent().navigate("feedback");
        Div shared = _get(Div.class, spec -> spec.withId("feedback-note-" + noteId));
        assertThat(_get(shared, Span.class, spec -> spec.withClasses("feedback-who")).getText())
                .isEqualTo("From Maria Novak");
        assertThat(_find(Button.class, spec -> spec.withId("feedback-share-" + noteId))).isEmpty();
    }

    @Test
    void upwardFeedbackSaysItIsAnonymous() {
        login("rep");
        UI.getCurrent().navigate("feedback");
        FeedbackRecipient maria = form().about.getListDataView().getItems()
                .filter(r -> r.name().equals("Maria Novak")).findFirst().orElseThrow();
        form().about.setValue(maria);
        assertThat(form().share.getLabel()).isEqualTo("Include in Maria Novak's anonymous summary");
        assertThat(form().share.getHelperText()).contains("never sees this note on its own or your name");
        assertThat(form().about.getListDataView().getItems().map(FeedbackRecipient::name))
                .doesNotContain("Marco Bianchi", "Ravi Patel");
    }

    @Test
    void theHelperUnderTheShareBoxFollowsTheBox() {
        login("manager");
        UI.getCurrent().navigate("feedback");
        assertThat(form().share.getValue()).as("praise starts shared").isTrue();
        assertThat(form().share.getHelperText()).startsWith("Shared: once saved, the person it is about sees it");
        FeedbackRecipient ravi = form().about.getListDataView().getItems()
                .filter(r -> r.name().equals("Ravi Patel")).findFirst().orElseThrow();
        form().about.setValue(ravi);
        assertThat(form().share.getHelperText()).startsWith("Shared: once saved, Ravi Patel sees it")
                .doesNotContain("private");

        form().share.setValue(false);
        assertThat(form().share.getHelperText()).startsWith("Not shared, it stays private")
                .doesNotContain("Ravi Patel sees it");
        form().kind.setValue(FeedbackKind.CONSTRUCTIVE);
        form().kind.setValue(FeedbackKind.PRAISE);
        assertThat(form().share.getHelperText()).as("the kind ticks the box again, the helper follows")
                .startsWith("Shared: once saved, Ravi Patel sees it");
    }

    @Test
    void theHelperUnderTheUpwardShareBoxFollowsTheBox() {
        login("rep");
        UI.getCurrent().navigate("feedback");
        FeedbackRecipient maria = form().about.getListDataView().getItems()
                .filter(r -> r.name().equals("Maria Novak")).findFirst().orElseThrow();
        form().about.setValue(maria);

        form().share.setValue(true);
        assertThat(form().share.getHelperText())
                .startsWith("Shared: once saved, it goes into Maria Novak's anonymous summary")
                .doesNotContain("only the administrator sees it");
        form().share.setValue(false);
        assertThat(form().share.getHelperText()).startsWith("Not shared: only the administrator sees it.")
                .doesNotContain("summary");
    }

    @Test
    void theDemoCompanysReadersSeeLastQuartersAnswersAndTheUpwardDigestWithoutNames() {
        login("rep");
        UI.getCurrent().navigate("feedback", QueryParameters.of("tab", "360"));
        // The page opens on the newest quarter with a 360: last quarter's, fully answered.
        assertThat(_get(Span.class, spec -> spec.withId("feedback-summary-counts")).getText())
                .isEqualTo("5 of 5 answered");
        Div peers = _get(Div.class, spec -> spec.withId("feedback-relation-peer"));
        assertThat(items(peers, "feedback-strengths")).hasSize(3);
        assertThat(_find(peers, Span.class, spec -> spec.withClasses("feedback-relation-names"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("feedback-status"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("feedback-relation-manager")).getElement().getTextRecursively())
                .contains("Maria Novak");

        UI.getCurrent().navigate("feedback", QueryParameters.of("tab", "requests"));
        assertThat(_find(Span.class, spec -> spec.withClasses("feedback-request-title")).stream().map(Span::getText))
                .containsExactly("About Jonas Berg · Q4 FY2026");

        login("manager");
        UI.getCurrent().navigate("feedback");
        Div digest = _get(Div.class, spec -> spec.withId("feedback-digest"));
        assertThat(_find(digest, ListItem.class)).hasSize(2);
        assertThat(digest.getElement().getTextRecursively()).doesNotContain("Ravi", "Lena", "Jonas", "Emma", "Oliver",
                "Freya");
    }

    @Test
    void aManagerAsksForA360ARespondentAnswersAndTheSummaryShowsIt() {
        long freya = id("fnilsson");
        login("manager");
        UI.getCurrent().navigate("feedback",
                QueryParameters.fromString("tab=360&person=" + freya + "&year=2026&quarter=4"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("feedback-summary-none")).getText())
                .isEqualTo("Nobody was asked about Freya Nilsson for this period yet.");

        @SuppressWarnings("unchecked")
        CheckboxGroup<FeedbackPerson> respondents = _get(CheckboxGroup.class,
                spec -> spec.withId("feedback-respondents"));
        assertThat(respondents.getValue()).extracting(FeedbackPerson::name)
                .containsExactlyInAnyOrder("Freya Nilsson", "Maria Novak");
        Set<FeedbackPerson> chosen = respondents.getListDataView().getItems()
                .filter(p -> Set.of("Freya Nilsson", "Maria Novak", "Ravi Patel", "Lena Kim").contains(p.name()))
                .collect(Collectors.toSet());
        respondents.setValue(chosen);
        _click(_get(Button.class, spec -> spec.withId("feedback-360-send")));
        assertThat(_get(Span.class, spec -> spec.withId("feedback-summary-counts")).getText())
                .isEqualTo("0 of 4 answered");
        assertThat(FeedbackTestData.notifications(jdbc, id("rep"), "FEEDBACK_REQUESTED")).isEqualTo(1);

        login("rep");
        UI.getCurrent().navigate("feedback", QueryParameters.of("tab", "requests"));
        long requestId = jdbc.queryForObject("select id from feedback_request where subject_id = ?"
                + " and respondent_id = ? and answered_at is null", Long.class, freya, id("rep"));
        Div request = _get(Div.class, spec -> spec.withId("feedback-request-" + requestId));
        assertThat(_get(request, Span.class, spec -> spec.withClasses("feedback-request-title")).getText())
                .isEqualTo("About Freya Nilsson · Q4 FY2026");
        _click(_get(Button.class, spec -> spec.withId("feedback-answer-" + requestId)));
        FeedbackAnswerDialog dialog = _get(FeedbackAnswerDialog.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("feedback-answer-help")).getText())
                .isEqualTo("Your answer is anonymous: nobody sees that you wrote it.");
        _click(_get(Button.class, spec -> spec.withId("feedback-answer-send")));
        assertThat(dialog.form.rating.isInvalid()).isTrue();
        assertThat(dialog.form.strengths.getErrorMessage())
                .isEqualTo("Name at least one strength or one thing to improve");
        dialog.form.strengths.setValue("Knows every farmer account by heart");
        dialog.form.rating.setValue(4);
        _click(_get(Button.class, spec -> spec.withId("feedback-answer-send")));
        assertThat(_find(Div.class, spec -> spec.withId("feedback-request-" + requestId))).isEmpty();

        login("manager");
        UI.getCurrent().navigate("feedback",
                QueryParameters.fromString("tab=360&person=" + freya + "&year=2026&quarter=4"));
        assertThat(_get(Span.class, spec -> spec.withId("feedback-summary-counts")).getText())
                .isEqualTo("1 of 4 answered");
        Div peers = _get(Div.class, spec -> spec.withId("feedback-relation-peer"));
        assertThat(items(peers, "feedback-strengths")).containsExactly("Knows every farmer account by heart");
        assertThat(_get(peers, Span.class, spec -> spec.withClasses("feedback-relation-average")).getText())
                .isEqualTo("Average rating 4.0 / 5");
        assertThat(_find(peers, Span.class, spec -> spec.withClasses("feedback-relation-names"))).isEmpty();
        Div status = _get(Div.class, spec -> spec.withId("feedback-status"));
        assertThat(_find(status, ListItem.class, spec -> spec.withClasses("answered")).stream().map(ListItem::getText))
                .containsExactly("Ravi Patel · peer · answered");

        // Freya herself sees her 360, but not a single peer answer: it would give its author away.
        login("fnilsson");
        UI.getCurrent().navigate("feedback", QueryParameters.fromString("tab=360&year=2026&quarter=4"));
        Div forFreya = _get(Div.class, spec -> spec.withId("feedback-relation-peer"));
        assertThat(_get(forFreya, Span.class, spec -> spec.withClasses("feedback-relation-withheld")).getText())
                .startsWith("Shown once at least 2 have answered");
        assertThat(_find(Div.class, spec -> spec.withId("feedback-status"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("feedback-360-request"))).isEmpty();
    }
}
