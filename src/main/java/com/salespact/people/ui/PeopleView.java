package com.salespact.people.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.merge.DraftConflictException;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PeopleService;
import com.salespact.people.Person;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Admin: everybody who uses SalesPact, with their role, team and login. */
@Route("admin/people")
@Menu(order = 90, icon = "USERS", title = "nav.people")
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleService service;
    private final Grid<Person> grid = new Grid<>();
    private final TextField search = new TextField();
    private final PersonForm form;
    private final Div editor = new Div();
    /** People waiting after a first company sign-in (decision 026); hidden when nobody waits. */
    private final WaitingForApprovalSection waiting;
    /** The person open in the form: their id (null when new), and the version and values they were loaded with. */
    private Long editing;
    private long version;
    private Person base;

    public PeopleView(PeopleService service) {
        this.service = service;
        setSizeFull();
        List<TeamSummary> teams = service.allTeams().stream()
                .map(t -> new TeamSummary(t.getId(), t.getName(), t.getManagerId())).toList();
        Map<Long, String> teamNames = teams.stream().collect(Collectors.toMap(TeamSummary::id, TeamSummary::name));
        form = new PersonForm(teams);

        search.setPlaceholder(getTranslation("people.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("action.new"), event -> edit(new Person()));
        add.setId("new-person");

        grid.setId("people-grid");
        grid.addColumn(Person::getFullName).setHeader(getTranslation("people.fullName")).setFlexGrow(2);
        grid.addColumn(Person::getUsername).setHeader(getTranslation("people.username"));
        grid.addColumn(p -> getTranslation("role." + p.getRole().name())).setHeader(getTranslation("people.role"));
        grid.addColumn(p -> p.getTeamId() == null ? "" : teamNames.getOrDefault(p.getTeamId(), ""))
                .setHeader(getTranslation("people.team"));
        grid.addColumn(p -> getTranslation("style." + p.getRepStyle())).setHeader(getTranslation("people.repStyle"));
        grid.setItems(query -> service.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) service.count(search.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                service.load(event.getValue().getId()).ifPresent(this::edit);
            }
        });

        Button save = new Button(getTranslation("action.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-person");
        Button cancel = new Button(getTranslation("action.cancel"), event -> close());
        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("form-actions");
        editor.addClassName("editor");
        editor.add(form, actions);
        editor.setVisible(false);

        Div body = new Div(grid, editor);
        body.addClassName("master-detail");
        waiting = new WaitingForApprovalSection(service, (person, rule) -> {
            edit(person);
            form.showError(rule);
        }, () -> grid.getDataProvider().refreshAll());
        add(waiting, new HorizontalLayout(search, add), body);
    }

    private void edit(Person person) {
        editing = person.getId();
        version = person.getVersion();
        base = Person.FIELDS.copy(person);
        form.edit(base, editing == null);
        editor.setVisible(true);
    }

    private void save() {
        form.write().ifPresent(this::save);
    }

    /** Saves what the admin changed; a change saved meanwhile by somebody else is kept, a clash asked per field. */
    private void save(Person mine) {
        try {
            Person saved = editing == null ? service.save(mine, form.newPassword())
                    : service.save(editing, new Edit<>(version, base, mine), form.newPassword());
            Set<String> alsoKept = Person.FIELDS.changed(mine, saved);
            FormErrors.success(alsoKept.isEmpty() ? getTranslation("people.saved", saved.getFullName())
                    : getTranslation("merge.kept-theirs", form.conflictLabels().join(alsoKept)));
            grid.getDataProvider().refreshAll();
            waiting.refresh();
            close();
        } catch (RuleViolation violation) {
            form.showError(violation);
        } catch (DraftConflictException conflict) {
            Person theirs = conflict.theirs(Person.FIELDS);
            Merge<Person> merge = Person.FIELDS.merge(base, mine, theirs);
            new FieldConflictDialog(getTranslation("people.conflict.title"), conflict.conflicts(),
                    form.conflictLabels(), keepMine -> {
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
        return getTranslation("title.people");
    }
}
