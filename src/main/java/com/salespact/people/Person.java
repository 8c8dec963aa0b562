package com.salespact.people;

import com.salespact.base.AbstractEntity;
import com.salespact.base.merge.DraftFields;
import com.salespact.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    @NotBlank
    @Size(max = 160)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @NotBlank
    @Size(min = 2, max = 60)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{person.username.pattern}")
    @Column(nullable = false, unique = true)
    private String username;

    @Email
    @Size(max = 200)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.REP;

    @Enumerated(EnumType.STRING)
    @Column(name = "rep_style")
    private RepStyle repStyle;

    @Column(name = "team_id")
    private Long teamId;

    private boolean active = true;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    /** The language chosen for the app (e.g. "de"); null follows the browser. */
    private String language;

    /** What the people form edits; concurrent edits of different fields are merged (decision 015). */
    public static final DraftFields<Person> FIELDS = DraftFields.of(Person::new)
            .field("fullName", Person::getFullName, Person::setFullName)
            .field("username", Person::getUsername, Person::setUsername)
            .field("email", Person::getEmail, Person::setEmail)
            .field("role", Person::getRole, Person::setRole)
            .field("repStyle", Person::getRepStyle, Person::setRepStyle)
            .field("teamId", Person::getTeamId, Person::setTeamId)
            .field("hiredOn", Person::getHiredOn, Person::setHiredOn)
            .field("active", Person::isActive, Person::setActive);

    public Person() {
    }

    public Person(String fullName, String username, Role role) {
        this.fullName = fullName;
        this.username = username;
        this.role = role;
    }

    /** Only reps have a style; a rep must have a team and a style before they are saved. */
    public void checkConsistency() {
        if (role == Role.REP && (teamId == null || repStyle == null)) {
            throw new IllegalStateException("A rep needs a team and a style (hunter or farmer)");
        }
        if (role != Role.REP) {
            repStyle = null;
        }
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public RepStyle getRepStyle() {
        return repStyle;
    }

    public void setRepStyle(RepStyle repStyle) {
        this.repStyle = repStyle;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }
}
