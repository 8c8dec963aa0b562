package com.salespact.pact.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.salespact.base.ui.MainLayout;
import com.salespact.base.ui.NotFoundView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 16, point 13: somebody else's pact, signed or not, is "not found", by print URL as by wizard URL. */
class PactPrintViewTest extends KaribuTest {

    private static final String NOT_FOUND = "That pact does not exist or is not yours to see.";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepPrintingAnotherRepsSignedPactIsToldItIsNotFoundNotThatItIsUnsigned() {
        String other = jdbc.queryForObject("""
                select min(r.username) from pact_version v join pact p on p.id = v.pact_id
                join person r on r.id = p.rep_id where v.status = 'SIGNED' and r.username <> 'rep'""", String.class);
        long signed = company.signedPactVersionOf(other);
        login("rep");

        UI.getCurrent().navigate("pact-print/" + signed);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(_find(PactPrintView.class)).isEmpty();
        assertThat(_find(MainLayout.class)).as("inside the shell, unlike the printout").hasSize(1);
        assertThat(errorText()).isEqualTo(NOT_FOUND);

        UI.getCurrent().navigate("pacts/" + signed + "/review");
        assertThat(_find(PactWizardView.class)).isEmpty();
        assertThat(errorText()).as("the wizard says the same").isEqualTo(NOT_FOUND);

        _click(_get(Button.class, spec -> spec.withId("error-list")));
        assertThat(_find(PactsView.class)).hasSize(1);
    }

    @Test
    void aMissingPactReadsTheSameAsSomebodyElses() {
        login("rep");
        UI.getCurrent().navigate("pact-print/" + Long.MAX_VALUE);
        assertThat(errorText()).isEqualTo(NOT_FOUND);
        UI.getCurrent().navigate("pact-print/not-a-number");
        assertThat(errorText()).isEqualTo(NOT_FOUND);
    }

    private static String errorText() {
        return _get(Paragraph.class, spec -> spec.withId("error-text")).getText();
    }
}
