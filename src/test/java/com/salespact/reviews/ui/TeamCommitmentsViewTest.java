package com.salespact.reviews.ui;

import com.salespact.base.ui.AccessDeniedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.salespact.base.ui.KaribuTest;
import com.salespact.pact.CommitmentKind;
import com.salespact.reviews.TeamCommitments;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class TeamCommitmentsViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void aManagerSeesTheirOwnCommitmentsToEachRepOfTheirTeam() {
        login("manager");
        UI.getCurrent().navigate(TeamCommitmentsView.class);
        TeamCommitmentsView view = _get(TeamCommitmentsView.class);
        assertThat(view.table.items()).extracting(TeamCommitments.Line::repName).contains("Ravi Patel", "Lena Kim")
                .doesNotContain("Lucas Moreau");
        assertThat(view.table.items()).filteredOn(line -> line.repName().equals("Lena Kim"))
                .extracting(line -> line.commitment().kind())
                .containsExactly(CommitmentKind.ONE_ON_ONE, CommitmentKind.COACHING_HOURS,
                        CommitmentKind.DEAL_SUPPORT_HOURS);
        assertThat(view.table.getElement().getProperty("innerHTML")).contains("Lena Kim", "Weekly 1:1", "data-pace=");
        assertThat(view.withoutPact.getText()).as("the North reps the demo has no pact for")
                .contains(jdbc.queryForObject("select full_name from person where username = 'jberg'", String.class));
    }

    @Test
    void aRepCannotOpenIt() {
        login("rep");
        UI.getCurrent().navigate(TeamCommitmentsView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(TeamCommitmentsView.class)).isEmpty();
    }
}
