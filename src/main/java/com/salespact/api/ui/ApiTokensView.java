package com.salespact.api.ui;

import com.salespact.api.ApiScope;
import com.salespact.api.ApiTokenInfo;
import com.salespact.api.ApiTokenService;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.base.ui.UserFormats;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * API tokens (decision 024): an admin creates one per integration (read or write, one team or all), sees it once,
 * sees when each was last used and revokes one at once.
 */
@Route(ApiNavigation.TOKENS_ROUTE)
@Menu(order = 94, icon = "KEY", title = "api.tokens.nav")
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Clock clock;
    final Grid<ApiTokenInfo> grid = new Grid<>();
    final TextField name = new TextField(getTranslation("api.tokens.name"));
    final RadioButtonGroup<ApiScope> scope = new RadioButtonGroup<>(getTranslation("api.tokens.scope"));
    final ComboBox<TeamSummary> team = new ComboBox<>(getTranslation("api.tokens.team"));
    final Button create = new Button(getTranslation("api.tokens.create"), event -> create());

    public ApiTokensView(ApiTokenService tokens, PeopleService people, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        setId("api-tokens-view");
        name.setPlaceholder(getTranslation("api.tokens.name.placeholder"));
        name.setMaxLength(120);
        scope.setItems(ApiScope.values());
        scope.setItemLabelGenerator(value -> getTranslation("api.tokens.scope." + value.name().toLowerCase()));
        scope.setValue(ApiScope.READ);
        team.setItems(people.visibleTeams());
        team.setItemLabelGenerator(TeamSummary::name);
        team.setPlaceholder(getTranslation("api.tokens.all-teams"));
        team.setClearButtonVisible(true);
        team.setHelperText(getTranslation("api.tokens.team.help"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-api-token");
        Div form = new Div(name, scope, team, create);
        form.addClassName("toolbar");
        configureGrid();
        Anchor docs = new Anchor(ApiNavigation.DOCS, getTranslation("api.tokens.docs"));
        docs.setTarget(AnchorTarget.BLANK);
        docs.setRouterIgnore(true);
        add(new Paragraph(new Text(getTranslation("api.tokens.help") + " "), docs), form, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("api-tokens-grid");
        grid.addColumn(ApiTokenInfo::name).setHeader(getTranslation("api.tokens.name")).setFlexGrow(2).setKey("name");
        grid.addColumn(info -> info.hint() + "…").setHeader(getTranslation("api.tokens.hint")).setKey("hint");
        grid.addColumn(info -> getTranslation("api.tokens.scope." + info.scope().name().toLowerCase()))
                .setHeader(getTranslation("api.tokens.scope")).setKey("scope");
        grid.addColumn(info -> info.teamId() == null ? getTranslation("api.tokens.all-teams") : info.teamName())
                .setHeader(getTranslation("api.tokens.team")).setKey("team");
        grid.addColumn(info -> when(info.createdAt())).setHeader(getTranslation("api.tokens.created-at"))
                .setKey("created");
        grid.addColumn(info -> info.lastUsedAt() == null ? getTranslation("api.tokens.never-used")
                : when(info.lastUsedAt())).setHeader(getTranslation("api.tokens.last-used")).setKey("lastUsed");
        grid.addComponentColumn(info -> {
            if (!info.active()) {
                return new Span(getTranslation("api.tokens.revoked", when(info.revokedAt())));
            }
            Button revoke = new Button(getTranslation("api.tokens.revoke"), event -> {
                if (tokens.revoke(info.id())) {
                    FormErrors.success(getTranslation("api.tokens.revoked-now", info.name()));
                } else {
                    FormErrors.error(getTranslation("api.tokens.rule.gone"));
                }
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-api-token-" + info.id());
            return revoke;
        }).setKey("actions");
        grid.setAllRowsVisible(true);
    }

    private String when(Instant instant) {
        return UserFormats.current().dateTime(instant, clock.getZone());
    }

    private void refresh() {
        grid.setItems(tokens.list());
    }

    private void create() {
        name.setInvalid(false);
        try {
            String token = tokens.create(name.getValue(), scope.getValue(),
                    team.getValue() == null ? null : team.getValue().id());
            new NewTokenDialog(token).open();
            name.clear();
            refresh();
        } catch (RuleViolation violation) {
            FormErrors.show(violation, Map.of("name", name, "scope", scope, "teamId", team));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.api-tokens");
    }
}
