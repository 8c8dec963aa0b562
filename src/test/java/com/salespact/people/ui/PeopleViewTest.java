package com.salespact.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.base.ui.KaribuTest;
import com.salespact.people.RepStyle;
import com.salespact.security.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
    void repsAndManagersCannotOpenAdministration() {
        login("rep");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/people")).hasMessageContaining("Access is denied");
        assertThat(_find(PeopleView.class)).isEmpty();
        login("manager");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/teams")).hasMessageContaining("Access is denied");
        assertThat(_find(TeamsView.class)).isEmpty();
    }
}
