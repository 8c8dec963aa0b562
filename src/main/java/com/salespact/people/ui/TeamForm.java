package com.salespact.people.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.PersonSummary;
import com.salespact.people.Team;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Edits a team's name and the manager who leads it. */
public class TeamForm extends Composite<FormLayout> {

    final TextField name = new TextField(getTranslation("teams.name"));
    final ComboBox<PersonSummary> manager = new ComboBox<>(getTranslation("teams.manager"));

    private final Binder<Team> binder = new BeanValidationBinder<>(Team.class);
    private final List<PersonSummary> managers;
    private Team team;

    public TeamForm(List<PersonSummary> managers) {
        this.managers = managers;
        manager.setItems(managers);
        manager.setItemLabelGenerator(PersonSummary::fullName);
        manager.setClearButtonVisible(true);
        binder.forField(name).asRequired(getTranslation("teams.required.name")).bind("name");
        binder.forField(manager).bind(t -> byId(t.getManagerId()), (t, m) -> t.setManagerId(m == null ? null : m.id()));
        getContent().add(name, manager);
    }

    public void edit(Team team) {
        this.team = team;
        binder.readBean(team);
    }

    public Optional<Team> write() {
        if (team == null || !binder.writeBeanIfValid(team)) {
            return Optional.empty();
        }
        return Optional.of(team);
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, Map.<String, HasValidation>of("name", name, "managerId", manager));
    }

    private PersonSummary byId(Long id) {
        return id == null ? null : managers.stream().filter(m -> m.id() == id).findFirst().orElse(null);
    }
}
