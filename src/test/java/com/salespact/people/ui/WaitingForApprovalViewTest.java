package com.salespact.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admins approve or decline people who signed in with the company's provider for the first time (issue 18, point 3). */
class WaitingForApprovalViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void forgetNewPeople() {
        // Restored last-first: the identities go before the people they name.
        kept.addedTo("person").addedTo("company_identity");
    }

    @Test
    void nobodyWaitingShowsNothing() {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        assertThat(_find(WaitingForApprovalSection.class)).as("hidden").isEmpty();
    }

    @Test
    void anApprovedManagerIsActiveAndLeavesTheList() {
        long wanda = waiting("Wanda Wait", "wwait", "MANAGER", null);
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        WaitingForApprovalSection section = _get(WaitingForApprovalSection.class);
        assertThat(section.isVisible()).isTrue();
        assertThat(_get(section, H2.class).getText()).isEqualTo("Waiting for approval (1)");
        assertThat(_get(section, Span.class).getText()).isEqualTo("Wanda Wait · wanda@contoso.example · Sales manager");

        _click(_get(Button.class, spec -> spec.withId("approve-" + wanda)));
        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, wanda)).isTrue();
        assertThat(jdbc.queryForObject("select status from company_identity where person_id = ?", String.class, wanda))
                .isEqualTo("LINKED");
        assertThat(_find(WaitingForApprovalSection.class)).as("hidden").isEmpty();
    }

    @Test
    void approvingARepWithoutATeamOpensThemWithTheMessageAtTheTeam() {
        long nora = waiting("Nora Noteam", "nnoteam", "REP", "HUNTER");
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("approve-" + nora)));

        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, nora)).isFalse();
        PersonForm form = _get(PersonForm.class);
        assertThat(form.fullName.getValue()).isEqualTo("Nora Noteam");
        assertThat(form.team.isInvalid()).isTrue();
        assertThat(form.team.getErrorMessage())
                .isEqualTo("Choose a team for Nora Noteam before approving: a rep needs a team.");
    }

    @Test
    void aDeclinedPersonStaysInactiveAndLeavesTheList() {
        long dan = waiting("Dan Declined", "ddeclined", "MANAGER", null);
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("decline-" + dan)));
        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, dan)).isFalse();
        assertThat(jdbc.queryForObject("select status from company_identity where person_id = ?", String.class, dan))
                .isEqualTo("REFUSED");
        assertThat(_find(Button.class, spec -> spec.withId("decline-" + dan))).isEmpty();
    }

    /** A person as a first company sign-in under "approve" leaves them: inactive, their identity waiting. */
    private long waiting(String name, String username, String role, String style) {
        String email = name.split(" ")[0].toLowerCase() + "@contoso.example";
        jdbc.update("insert into person (full_name, username, email, role, rep_style, active) values (?, ?, ?, ?, ?, false)",
                name, username, email, role, style);
        long id = jdbc.queryForObject("select id from person where username = ?", Long.class, username);
        jdbc.update("insert into company_identity (issuer, subject, person_id, email, status, linked_at)"
                + " values ('https://login.contoso.example', ?, ?, ?, 'WAITING', ?)", "sub-" + username, id, email,
                Timestamp.from(Instant.parse("2026-11-18T09:00:00Z")));
        return id;
    }
}
