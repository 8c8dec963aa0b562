package com.salespact.people;

import com.salespact.security.Role;

/** A person as lists and pickers show them. */
public record PersonSummary(long id, String fullName, String username, Role role, RepStyle repStyle, Long teamId,
                            boolean active) {

    static PersonSummary of(Person person) {
        return new PersonSummary(person.getId(), person.getFullName(), person.getUsername(), person.getRole(),
                person.getRepStyle(), person.getTeamId(), person.isActive());
    }
}
