package com.salespact.digest.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.salespact.digest.DigestWeek;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DigestViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void aRepSeesTheirOwnDigestAsMailedInASandboxedFrame() {
        login("rep");
        DigestNavigation.open();
        DigestView view = _get(DigestView.class);
        assertThat(view.person.isVisible()).as("a rep previews only their own").isFalse();
        assertThat(view.week.getValue()).isEqualTo(DigestWeek.of(LocalDate.of(2026, 11, 18)));
        assertThat(view.subject.getText()).isEqualTo("Subject: Your week W46 against your pact");
        String html = view.frame.getSrcdoc().orElseThrow();
        assertThat(html).contains("Hello Ravi Patel,", "Your minimum standards last week",
                "/mail/unsubscribe?t=" + company.personId("rep") + ".WEEKLY_DIGEST.");
        assertThat(view.frame.getElement().getAttribute("sandbox")).as("no script, no access to the page").isEmpty();
    }

    @Test
    void aRepAskingForAnotherRepsDigestGetsTheirOwn() {
        login("rep");
        DigestNavigation.open(company.personId("lkim"), DigestWeek.of(LocalDate.of(2026, 11, 11)));
        DigestView view = _get(DigestView.class);
        assertThat(view.frame.getSrcdoc().orElseThrow()).contains("Hello Ravi Patel,").doesNotContain("Lena Kim");
        assertThat(view.subject.getText()).contains("W45");
    }

    @Test
    void aManagerPicksARepOfTheTeamAndTheAddressKeepsIt() {
        login("manager");
        DigestNavigation.open();
        DigestView view = _get(DigestView.class);
        assertThat(view.subject.getText()).isEqualTo("Subject: Your team's week W46");
        assertThat(view.person.getListDataView().getItems().map(p -> p.fullName()))
                .contains("Maria Novak", "Lena Kim").doesNotContain(company.fullName("sofia"));
        view.person.setValue(view.person.getListDataView().getItems()
                .filter(p -> p.fullName().equals("Lena Kim")).findFirst().orElseThrow());
        assertThat(view.frame.getSrcdoc().orElseThrow()).contains("Hello Lena Kim,");
        String address = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(call -> call.getInvocation().getParameters().stream())
                .filter(parameter -> parameter instanceof String text && text.startsWith("digest?"))
                .map(String.class::cast).reduce((first, last) -> last).orElseThrow();
        assertThat(com.vaadin.flow.router.QueryParameters.fromString(address.substring("digest?".length()))
                .getParameters()).as("the address keeps whose digest is shown").isEqualTo(java.util.Map.of(
                "person", java.util.List.of(String.valueOf(company.personId("lkim"))),
                "week", java.util.List.of("2026-W47")));
    }

    @Test
    void anAdminPreviewsAnyonesAndIsToldWhenThereIsNone() {
        login("admin");
        DigestNavigation.open();
        DigestView view = _get(DigestView.class);
        assertThat(view.person.isVisible()).isTrue();
        view.person.setValue(view.person.getListDataView().getItems()
                .filter(p -> p.fullName().equals("Ravi Patel")).findFirst().orElseThrow());
        assertThat(view.frame.getSrcdoc().orElseThrow()).contains("Hello Ravi Patel,");
        assertThat(view.none.isVisible()).isFalse();

        kept.keep("team", "id = ?", company.teamManagedBy("sofia"));
        jdbc.update("update team set manager_id = null where id = ?", company.teamManagedBy("sofia"));
        DigestNavigation.open(company.personId("sofia"), DigestWeek.of(LocalDate.of(2026, 11, 18)));
        DigestView again = _get(DigestView.class);
        assertThat(again.none.isVisible()).as("a manager without a team gets none").isTrue();
        assertThat(again.none.getText()).startsWith("No digest for this person");
        assertThat(again.frame.isVisible()).isFalse();
    }
}
