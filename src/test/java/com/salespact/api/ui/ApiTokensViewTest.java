package com.salespact.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.salespact.api.ApiScope;
import com.salespact.api.ApiTokenInfo;
import com.salespact.api.ApiTokenService;
import com.salespact.base.ui.AccessDeniedView;
import com.salespact.base.ui.KaribuTest;
import com.salespact.people.TeamSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ApiTokensViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ApiTokenService tokens;

    @BeforeEach
    void keepTokens() {
        kept.addedTo("api_token");
    }

    private static List<ApiTokenInfo> rows(ApiTokensView view) {
        return GridKt._fetch(view.grid, 0, 100);
    }

    @Test
    void anAdminCreatesATokenSeesItOnceAndRevokesIt() {
        login("admin");
        UI.getCurrent().navigate(ApiTokensView.class);
        ApiTokensView view = _get(ApiTokensView.class);
        int before = rows(view).size();

        _click(view.create);
        assertThat(view.name.isInvalid()).as("a token needs a name").isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Name the integration (at most 120 characters).");
        assertThat(rows(view)).hasSize(before);

        long team = company.teamManagedBy("manager");
        view.name.setValue("CRM sync");
        view.scope.setValue(ApiScope.WRITE);
        view.team.setValue(view.team.getListDataView().getItems().filter(t -> t.id() == team).findFirst()
                .orElseThrow());
        _click(view.create);

        String token = _get(TextField.class, spec -> spec.withId("new-api-token")).getValue();
        assertThat(token).startsWith("spk_").hasSizeGreaterThan(40);
        assertThat(_find(Button.class, spec -> spec.withId("copy-api-token"))).hasSize(1);
        String stored = jdbc.queryForObject("select token_hash from api_token where name = 'CRM sync'", String.class);
        assertThat(stored).as("only the hash is stored").hasSize(64).isNotEqualTo(token).doesNotContain(token);

        ApiTokenInfo created = rows(view).getFirst();
        assertThat(created.name()).isEqualTo("CRM sync");
        assertThat(created.scope()).isEqualTo(ApiScope.WRITE);
        assertThat(created.teamId()).isEqualTo(team);
        assertThat(GridKt._getFormatted(view.grid, 0, "hint")).isEqualTo(token.substring(0, 8) + "…");
        assertThat(GridKt._getFormatted(view.grid, 0, "lastUsed")).isEqualTo("Never");
        assertThat(tokens.authenticate(token)).isPresent();
        assertThat(GridKt._getFormatted(view.grid, 0, "lastUsed")).isEqualTo("Never");
        view.getUI().orElseThrow().getPage().reload();
        view = _get(ApiTokensView.class);
        assertThat(GridKt._getFormatted(view.grid, 0, "lastUsed")).as("last use shown").isNotEqualTo("Never");

        Button revoke = (Button) GridKt._getCellComponent(view.grid, 0, "actions");
        assertThat(revoke.getId()).hasValue("revoke-api-token-" + created.id());
        _click(revoke);
        assertThat(rows(view).getFirst().active()).isFalse();
        assertThat(GridKt._getCellComponent(view.grid, 0, "actions")).isNotInstanceOf(Button.class);
        assertThat(tokens.authenticate(token)).as("revoked at once").isEmpty();
    }

    @Test
    void aTokenForAllTeamsNamesNoTeam() {
        login("admin");
        UI.getCurrent().navigate(ApiTokensView.class);
        ApiTokensView view = _get(ApiTokensView.class);
        view.name.setValue("Data warehouse");
        view.team.clear();
        _click(view.create);
        assertThat(rows(view).getFirst().teamId()).isNull();
        assertThat(GridKt._getFormatted(view.grid, 0, "team")).isEqualTo("All teams");
        assertThat(GridKt._getFormatted(view.grid, 0, "scope")).isEqualTo("Read only");
    }

    @Test
    void onlyAnAdminOpensIt() {
        login("manager");
        UI.getCurrent().navigate(ApiNavigation.TOKENS_ROUTE);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(ApiTokensView.class)).isEmpty();
    }
}
