package com.salespact.people.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FieldConflictDialog;
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
class TeamForm extends Composite<FormLayout> {

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

    /** Shows a draft of a team (a copy: the form never changes what it was given). */
    public void edit(Team draft) {
        this.team = Team.FIELDS.copy(draft);
        binder.readBean(team);
    }

    /** A new draft with the fields as typed; empty when a field is invalid. */
    public Optional<Team> write() {
        Team mine = team == null ? null : Team.FIELDS.copy(team);
        if (mine == null || !binder.writeBeanIfValid(mine)) {
            return Optional.empty();
        }
        return Optional.of(mine);
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, fields());
    }

    /** How the conflict dialog names this form's fields and shows their values. */
    public FieldConflictDialog.Labels conflictLabels() {
        return FieldConflictDialog.Labels.of(fields(), (field, value) -> value instanceof Long id
                ? Optional.ofNullable(byId(id)).map(PersonSummary::fullName).orElse(String.valueOf(id)) : null);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "managerId", manager);
    }

    private PersonSummary byId(Long id) {
        return id == null ? null : managers.stream().filter(m -> m.id() == id).findFirst().orElse(null);
    }
}
