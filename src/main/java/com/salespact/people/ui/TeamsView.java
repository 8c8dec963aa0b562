package com.salespact.people.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.merge.DraftConflictException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PeopleService;
import com.salespact.people.PersonSummary;
import com.salespact.people.Team;
import com.salespact.people.TeamLinks;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Admin: teams and who leads them. */
@Route("admin/teams")
@Menu(order = 91, icon = "GROUP", title = "nav.teams")
@RolesAllowed(Role.ADMIN_NAME)
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleService service;
    private final Grid<Team> grid = new Grid<>();
    private final TeamForm form;
    private final Div editor = new Div();
    /** The team open in the form: its id (null when new), and the version and values it was loaded with. */
    private Long editing;
    private long version;
    private Team base;

    public TeamsView(PeopleService service) {
        this.service = service;
        setSizeFull();
        List<PersonSummary> managers = service.managers();
        Map<Long, String> managerNames = managers.stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::fullName));
        form = new TeamForm(managers);

        grid.setId("teams-grid");
        grid.addColumn(Team::getName).setHeader(getTranslation("teams.name"));
        grid.addColumn(t -> t.getManagerId() == null ? "" : managerNames.getOrDefault(t.getManagerId(), ""))
                .setHeader(getTranslation("teams.manager"));
        // A team's Slack and Teams connections live on their own page (kept by messaging, found by its address).
        grid.addComponentColumn(team -> {
            Anchor chat = new Anchor(TeamLinks.chat(team.getId()), getTranslation("teams.chat"));
            chat.setId("team-chat-" + team.getId());
            return chat;
        }).setKey("chat").setHeader(getTranslation("teams.chat.header")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });

        Button add = new Button(getTranslation("action.new"), event -> edit(new Team()));
        add.setId("new-team");
        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-team");
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("form-actions");
        editor.addClassName("editor");
        editor.add(form, actions);
        editor.setVisible(false);

        Div body = new Div(grid, editor);
        body.addClassName("master-detail");
        add(add, body);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.allTeams());
    }

    private void edit(Team team) {
        editing = team.getId();
        version = team.getVersion();
        base = Team.FIELDS.copy(team);
        form.edit(base);
        editor.setVisible(true);
    }

    private void save() {
        form.write().ifPresent(this::save);
    }

    /** Saves what the admin changed; a change saved meanwhile by somebody else is kept, a clash asked per field. */
    private void save(Team mine) {
        try {
            Team saved = editing == null ? service.saveTeam(mine) : service.saveTeam(editing, new Edit<>(version, base, mine));
            Set<String> alsoKept = Team.FIELDS.changed(mine, saved);
            FormErrors.success(alsoKept.isEmpty() ? getTranslation("teams.saved", saved.getName())
                    : getTranslation("merge.kept-theirs", form.conflictLabels().join(alsoKept)));
            close();
            refresh();
        } catch (RuleViolation violation) {
            form.showError(violation);
        } catch (DraftConflictException conflict) {
            Team theirs = conflict.theirs(Team.FIELDS);
            Merge<Team> merge = Team.FIELDS.merge(base, mine, theirs);
            new FieldConflictDialog(getTranslation("teams.conflict.title"), conflict.conflicts(), form.conflictLabels(),
                    keepMine -> {
                        version = conflict.currentVersion();
                        base = theirs;
                        save(merge.resolve(keepMine));
                    }).open();
        } catch (ObjectOptimisticLockingFailureException raced) {
            FormErrors.error(getTranslation("error.concurrent"));
        }
    }

    private void close() {
        grid.asSingleSelect().clear();
        editor.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.teams");
    }
}
