package com.salespact.people.ui;

import com.salespact.base.ui.AccessDeniedView;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.Edit;
import com.salespact.base.ui.FieldConflictDialog;
import com.salespact.base.ui.KaribuTest;
import com.salespact.people.PeopleService;
import com.salespact.people.Person;
import com.salespact.people.Team;
import com.salespact.people.RepStyle;
import com.salespact.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

class PeopleViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    PeopleService people;

    /** People created here are deleted afterwards, with their login. */
    @BeforeEach
    void forgetNewPeople() {
        kept.addedTo("person").addedTo("user_account");
    }

    @Test
    void adminSeesEverybody() {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(jdbc.queryForObject("select count(*) from person", Integer.class));
    }

    @Test
    void aRepWithoutTeamIsRefusedAtTheField() {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("new-person")));
        PersonForm form = _get(PersonForm.class);
        form.fullName.setValue("Nina New");
        form.username.setValue("nnew");
        form.role.setValue(Role.REP);
        form.repStyle.setValue(RepStyle.HUNTER);
        form.password.setValue("a-long-enough-password");
        _click(_get(Button.class, spec -> spec.withId("save-person")));

        assertThat(form.team.isInvalid()).isTrue();
        assertThat(form.team.getErrorMessage()).contains("team");
        assertThat(jdbc.queryForObject("select count(*) from person where username = 'nnew'", Integer.class)).isZero();
    }

    @Test
    void duplicateUsernameIsRefusedAtTheField() {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("new-person")));
        PersonForm form = _get(PersonForm.class);
        form.fullName.setValue("Another Rep");
        form.username.setValue("rep");
        form.role.setValue(Role.MANAGER);
        form.password.setValue("whatever-password");
        _click(_get(Button.class, spec -> spec.withId("save-person")));
        assertThat(form.username.isInvalid()).isTrue();
        assertThat(form.username.getErrorMessage()).isEqualTo("This username is taken");
    }

    @Test
    void adminCreatesAManagerWhoCanThenSignIn() {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        _click(_get(Button.class, spec -> spec.withId("new-person")));
        PersonForm form = _get(PersonForm.class);
        form.fullName.setValue("Olga Owens");
        form.username.setValue("OOwens");
        form.role.setValue(Role.MANAGER);
        form.password.setValue("olga-secret-123");
        _click(_get(Button.class, spec -> spec.withId("save-person")));

        assertThat(jdbc.queryForObject("""
                select count(*) from person p join user_account a on a.person_id = p.id
                where p.username = 'oowens' and p.role = 'MANAGER'""", Integer.class)).isEqualTo(1);
        String hash = company.userAccount("oowens").passwordHash();
        assertThat(passwordEncoder.matches("olga-secret-123", hash)).isTrue();
    }

    @Test
    void twoAdminsEditingOnePersonKeepBothEditsAndAreAskedOnlyForTheFieldBothChanged() {
        long id = jdbc.queryForObject("select id from person where username = 'ohughes'", Long.class);
        java.util.Map<String, Object> before = jdbc.queryForMap("select email, hired_on from person where id = ?", id);
        try {
            login("admin");
            UI.getCurrent().navigate(PeopleView.class);
            openPerson(id);
            PersonForm form = _get(PersonForm.class);

            // Another admin saves a new e-mail while this form is open.
            Person other = people.load(id).orElseThrow();
            Person theirs = Person.FIELDS.copy(other);
            theirs.setEmail("oliver.hughes@theirs.example");
            people.save(id, Edit.whole(other.getVersion(), theirs), null);

            form.hiredOn.setValue(java.time.LocalDate.of(2021, 3, 1));
            _click(_get(Button.class, spec -> spec.withId("save-person")));

            assertThat(jdbc.queryForMap("select email, hired_on from person where id = ?", id))
                    .containsEntry("EMAIL", "oliver.hughes@theirs.example")
                    .containsEntry("HIRED_ON", java.sql.Date.valueOf("2021-03-01"));
            assertThat(_find(FieldConflictDialog.class)).isEmpty();

            // Now both change the e-mail: only that field is asked, with both values, and the choice is saved.
            openPerson(id);
            form = _get(PersonForm.class);
            form.email.setValue("mine@example.com");
            Person again = people.load(id).orElseThrow();
            Person theirsAgain = Person.FIELDS.copy(again);
            theirsAgain.setEmail("theirs@example.com");
            people.save(id, Edit.whole(again.getVersion(), theirsAgain), null);
            _click(_get(Button.class, spec -> spec.withId("save-person")));
            MockVaadin.clientRoundtrip(false);

            FieldConflictDialog dialog = _get(FieldConflictDialog.class);
            RadioButtonGroup<Boolean> choice = _get(dialog, RadioButtonGroup.class, spec -> spec.withId("conflict-email"));
            assertThat(_find(dialog, RadioButtonGroup.class)).hasSize(1);
            assertThat(choice.getItemLabelGenerator().apply(true)).contains("mine@example.com");
            assertThat(choice.getItemLabelGenerator().apply(false)).contains("theirs@example.com");
            _click(_get(dialog, Button.class, spec -> spec.withId("conflict-save")));
            assertThat(jdbc.queryForObject("select email from person where id = ?", String.class, id))
                    .isEqualTo("mine@example.com");
        } finally {
            jdbc.update("update person set email = ?, hired_on = ? where id = ?", before.get("EMAIL"),
                    before.get("HIRED_ON"), id);
        }
    }

    @Test
    void twoAdminsRenamingATeamAndChangingItsManagerKeepBoth() {
        java.util.Map<String, Object> team = jdbc.queryForMap("select id, name, manager_id from team order by id limit 1");
        long id = ((Number) team.get("ID")).longValue();
        try {
            login("admin");
            UI.getCurrent().navigate(TeamsView.class);
            Grid<Team> grid = _get(Grid.class, spec -> spec.withId("teams-grid"));
            Team shown = GridKt._findAll(grid).stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
            grid.asSingleSelect().setValue(shown);
            TeamForm form = _get(TeamForm.class);

            Team theirs = Team.FIELDS.copy(shown);
            theirs.setManagerId(null);
            people.saveTeam(id, Edit.whole(shown.getVersion(), theirs));

            form.name.setValue(team.get("NAME") + " renamed");
            _click(_get(Button.class, spec -> spec.withId("save-team")));

            assertThat(jdbc.queryForMap("select name, manager_id from team where id = ?", id))
                    .containsEntry("NAME", team.get("NAME") + " renamed").containsEntry("MANAGER_ID", null);
        } finally {
            jdbc.update("update team set name = ?, manager_id = ? where id = ?", team.get("NAME"), team.get("MANAGER_ID"), id);
        }
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivatedButAnotherCan() {
        java.util.List<Long> otherAdmins = jdbc.queryForList("select id from person where role = 'ADMIN' and active = true"
                + " and username <> 'admin'", Long.class);
        otherAdmins.forEach(other -> jdbc.update("update person set active = false where id = ?", other));
        try {
            long id = jdbc.queryForObject("select id from person where username = 'admin'", Long.class);
            openPerson(id);
            PersonForm form = _get(PersonForm.class);
            form.role.setValue(Role.MANAGER);
            _click(_get(Button.class, spec -> spec.withId("save-person")));

            assertThat(form.role.isInvalid()).isTrue();
            assertThat(form.role.getErrorMessage()).startsWith("This is the last active admin");
            assertThat(jdbc.queryForObject("select role from person where id = ?", String.class, id)).isEqualTo("ADMIN");

            Person admin = people.load(id).orElseThrow();
            Person inactive = Person.FIELDS.copy(admin);
            inactive.setActive(false);
            assertThatThrownBy(() -> people.save(id, Edit.whole(admin.getVersion(), inactive), null))
                    .isInstanceOf(RuleViolation.class).hasMessageStartingWith("This is the last active admin");

            // With a second active admin the first may step down.
            jdbc.update("update person set role = 'ADMIN' where username = 'manager'");
            Person again = people.load(id).orElseThrow();
            Person manager = Person.FIELDS.copy(again);
            manager.setRole(Role.MANAGER);
            people.save(id, Edit.whole(again.getVersion(), manager), null);
            assertThat(jdbc.queryForObject("select role from person where id = ?", String.class, id))
                    .isEqualTo("MANAGER");
        } finally {
            jdbc.update("update person set role = 'ADMIN' where username = 'admin'");
            jdbc.update("update person set role = 'MANAGER' where username = 'manager'");
            otherAdmins.forEach(other -> jdbc.update("update person set active = true where id = ?", other));
        }
    }

    private void openPerson(long id) {
        login("admin");
        UI.getCurrent().navigate(PeopleView.class);
        Grid<Person> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
        grid.asSingleSelect().setValue(people.load(id).orElseThrow());
    }

    @Test
    void repsAndManagersCannotOpenAdministration() {
        login("rep");
        UI.getCurrent().navigate("admin/people");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(PeopleView.class)).isEmpty();
        login("manager");
        UI.getCurrent().navigate("admin/teams");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(_find(TeamsView.class)).isEmpty();
    }
}
