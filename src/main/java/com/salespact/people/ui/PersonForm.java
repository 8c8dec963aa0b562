package com.salespact.people.ui;

import com.salespact.base.RuleViolation;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.FormErrors;
import com.salespact.people.Person;
import com.salespact.people.RepStyle;
import com.salespact.people.TeamSummary;
import com.salespact.security.Role;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Edits a person: identity, role, team and style; an optional new password becomes their login. */
class PersonForm extends Composite<FormLayout> {

    final TextField fullName = new TextField(getTranslation("people.fullName"));
    final TextField username = new TextField(getTranslation("people.username"));
    final EmailField email = new EmailField(getTranslation("people.email"));
    final Select<Role> role = new Select<>();
    final Select<RepStyle> repStyle = new Select<>();
    final ComboBox<TeamSummary> team = new ComboBox<>(getTranslation("people.team"));
    final DatePicker hiredOn = new com.salespact.base.ui.LocalizedDatePicker(getTranslation("people.hiredOn"));
    final Checkbox active = new Checkbox(getTranslation("people.active"));
    final PasswordField password = new PasswordField(getTranslation("people.password"));

    private final Binder<Person> binder = new BeanValidationBinder<>(Person.class);
    private final List<TeamSummary> teams;
    private Person person;

    public PersonForm(List<TeamSummary> teams) {
        this.teams = teams;
        role.setLabel(getTranslation("people.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        repStyle.setLabel(getTranslation("people.repStyle"));
        repStyle.setItems(RepStyle.values());
        repStyle.setItemLabelGenerator(value -> value == null ? "" : getTranslation("style." + value.name()));
        repStyle.setEmptySelectionAllowed(true);
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        team.setClearButtonVisible(true);
        password.setHelperText(getTranslation("people.password.help"));
        fullName.setRequired(true);
        username.setRequired(true);

        binder.forField(fullName).asRequired(getTranslation("people.required.fullName")).bind("fullName");
        binder.forField(username).asRequired(getTranslation("people.required.username"))
                .withConverter(value -> value.strip().toLowerCase(java.util.Locale.ROOT), value -> value == null ? "" : value)
                .bind("username");
        binder.forField(email).bind("email");
        binder.forField(role).asRequired(getTranslation("people.required.role")).bind("role");
        binder.forField(repStyle).bind("repStyle");
        binder.forField(team).bind(p -> teamById(p.getTeamId()), (p, t) -> p.setTeamId(t == null ? null : t.id()));
        binder.forField(hiredOn).bind("hiredOn");
        binder.forField(active).bind("active");
        role.addValueChangeListener(event -> repStyle.setEnabled(event.getValue() == Role.REP));

        getContent().add(fullName, username, email, role, repStyle, team, hiredOn, active, password);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    }

    /** Shows a draft of a person (a copy: the form never changes what it was given). */
    public void edit(Person draft, boolean isNew) {
        this.person = Person.FIELDS.copy(draft);
        binder.readBean(person);
        password.clear();
        password.setRequired(isNew);
    }

    /** A new draft with the fields as typed; empty when a field is invalid. */
    public Optional<Person> write() {
        Person mine = person == null ? null : Person.FIELDS.copy(person);
        if (mine == null || !binder.writeBeanIfValid(mine)) {
            return Optional.empty();
        }
        return Optional.of(mine);
    }

    /** How the conflict dialog names this form's fields and shows their values. */
    public FieldConflictDialog.Labels conflictLabels() {
        Map<String, Object> named = new java.util.HashMap<>(fields());
        named.put("active", active);
        return FieldConflictDialog.Labels.of(named, (field, value) -> switch (value) {
            case Role chosen -> getTranslation("role." + chosen.name());
            case RepStyle chosen -> getTranslation("style." + chosen.name());
            case Boolean yes -> getTranslation(yes ? "merge.yes" : "merge.no");
            case Long id when field.equals("teamId") -> teamById(id) == null ? String.valueOf(id) : teamById(id).name();
            default -> null;
        });
    }

    public String newPassword() {
        return password.getValue();
    }

    public void showError(RuleViolation violation) {
        FormErrors.show(violation, fields());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("fullName", fullName, "username", username, "email", email, "role", role,
                "repStyle", repStyle, "teamId", team, "hiredOn", hiredOn, "password", password);
    }

    private TeamSummary teamById(Long id) {
        return id == null ? null : teams.stream().filter(t -> t.id() == id).findFirst().orElse(null);
    }
}
