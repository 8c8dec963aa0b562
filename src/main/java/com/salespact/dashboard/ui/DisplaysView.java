package com.salespact.dashboard.ui;

import com.salespact.base.ui.UserFormats;
import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PeopleService;
import com.salespact.people.TeamSummary;
import com.salespact.security.DisplayTokenInfo;
import com.salespact.security.DisplayTokenService;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Wall screens: create a key for a team's TV, see when each screen was last seen, revoke at once. */
@Route("displays")
@Menu(order = 6, icon = "DESKTOP", title = "nav.displays")
@RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
public class DisplaysView extends VerticalLayout implements HasDynamicTitle {


    private final DisplayTokenService displays;
    private final Grid<DisplayTokenInfo> grid = new Grid<>();
    final TextField name = new TextField(getTranslation("displays.name"));
    final ComboBox<TeamSummary> team = new ComboBox<>(getTranslation("dashboard.team"));
    final IntegerField seconds = new IntegerField(getTranslation("displays.seconds"));

    public DisplaysView(DisplayTokenService displays, PeopleService people) {
        this.displays = displays;
        setId("displays-view");
        List<TeamSummary> teams = people.visibleTeams();
        Map<Long, String> teamNames = teams.stream().collect(java.util.stream.Collectors.toMap(TeamSummary::id, TeamSummary::name));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        if (!teams.isEmpty()) {
            team.setValue(teams.getFirst());
        }
        seconds.setValue(20);
        seconds.setMin(5);
        seconds.setMax(600);
        seconds.setStepButtonsVisible(true);
        name.setPlaceholder(getTranslation("displays.name.placeholder"));
        Button create = new Button(getTranslation("displays.create"), event -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-display");
        Div form = new Div(name, team, seconds, create);
        form.addClassName("toolbar");

        grid.setId("displays-grid");
        grid.addColumn(DisplayTokenInfo::name).setHeader(getTranslation("displays.name")).setFlexGrow(2);
        grid.addColumn(info -> teamNames.getOrDefault(info.teamId(), "")).setHeader(getTranslation("dashboard.team"));
        grid.addColumn(DisplayTokenInfo::slideSeconds).setHeader(getTranslation("displays.seconds"));
        grid.addColumn(info -> info.lastSeenAt() == null ? "—" : UserFormats.current().dateTime(info.lastSeenAt(), ZoneId.systemDefault()))
                .setHeader(getTranslation("displays.last-seen"));
        grid.addComponentColumn(info -> {
            if (!info.active()) {
                return new com.vaadin.flow.component.html.Span(getTranslation("displays.revoked", UserFormats.current().dateTime(info.revokedAt(), ZoneId.systemDefault())));
            }
            Button revoke = new Button(getTranslation("displays.revoke"), event -> {
                displays.revoke(info.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            revoke.setId("revoke-" + info.id());
            return revoke;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("displays.help")), form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(displays.list());
    }

    private void create() {
        if (team.getValue() == null || seconds.getValue() == null) {
            FormErrors.error(getTranslation("displays.incomplete"));
            return;
        }
        try {
            String token = displays.create(name.getValue(), team.getValue().id(), seconds.getValue());
            String url = DashboardNavigation.wallUrl(token);
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("displays.created"));
            Anchor link = new Anchor(url, url);
            link.setTarget("_blank");
            link.setId("new-display-link");
            dialog.add(new Paragraph(getTranslation("displays.created-help")), link);
            dialog.getFooter().add(new Button(getTranslation("action.close"), event -> dialog.close()));
            dialog.open();
            name.clear();
            refresh();
        } catch (RuleViolation violation) {
            FormErrors.show(violation, Map.of("name", name, "slideSeconds", seconds));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.displays");
    }
}
