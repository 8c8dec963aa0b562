package com.salespact.people;

import com.salespact.base.RuleViolation;
import com.salespact.security.LoginService;
import com.salespact.security.PasswordPolicy;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and teams. Admins maintain them; everybody else sees the part their scope allows. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PeopleService {

    private final PersonRepository people;
    private final TeamRepository teams;
    private final LoginService accounts;
    private final PasswordPolicy passwordPolicy;
    private final AccessGuard guard;

    PeopleService(PersonRepository people, TeamRepository teams, LoginService accounts,
                  PasswordPolicy passwordPolicy, AccessGuard guard) {
        this.people = people;
        this.teams = teams;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.guard = guard;
    }

    /** Reps the signed-in person may see: all for admins, the team for managers, themselves for reps. */
    @Transactional(readOnly = true)
    public List<PersonSummary> visibleReps() {
        DataScope scope = guard.scope();
        List<Person> reps;
        if (scope.personId() != null) {
            reps = people.findById(scope.personId()).stream().toList();
        } else if (scope.teamId() != null) {
            reps = people.findByTeamIdAndRoleAndActiveTrueOrderByFullName(scope.teamId(), Role.REP);
        } else {
            reps = people.findByRoleAndActiveTrueOrderByFullName(Role.REP);
        }
        return reps.stream().map(PersonSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> teamReps(long teamId) {
        guard.checkTeam(teamId);
        return people.findByTeamIdAndRoleAndActiveTrueOrderByFullName(teamId, Role.REP).stream()
                .map(PersonSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PersonSummary> findVisible(long personId) {
        guard.checkOwner(personId);
        return people.findById(personId).map(PersonSummary::of);
    }

    /** Teams the signed-in person belongs to or may look at. */
    @Transactional(readOnly = true)
    public List<TeamSummary> visibleTeams() {
        SignedInUser user = guard.user();
        return teams.findAllByOrderByName().stream()
                .filter(team -> user.isAdmin() || team.getId().equals(user.teamId()))
                .map(TeamSummary::of).toList();
    }

    /** The team a person belongs to (a manager: the team they lead); null for admins. */
    @Transactional(readOnly = true)
    public Long teamOf(long personId) {
        return people.findById(personId).map(Person::getTeamId).orElse(null);
    }

    /** A person's display name, for history lines. Names are not private. */
    @Transactional(readOnly = true)
    public String nameOf(long personId) {
        return people.findById(personId).map(Person::getFullName).orElse("—");
    }

    // --- administration -------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Person> search(String text, int offset, int limit) {
        return people.search(like(text), PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(String text) {
        return people.countSearch(like(text));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PersonSummary> managers() {
        return people.findByRoleAndActiveTrueOrderByFullName(Role.MANAGER).stream().map(PersonSummary::of).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Person> load(long personId) {
        return people.findById(personId);
    }

    /**
     * Saves a person; a new password (optional for existing people, required for new ones) becomes their login.
     * @throws RuleViolation with a field-level message for the form
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Person save(Person person, String newPassword) {
        people.findByUsernameIgnoreCase(person.getUsername())
                .filter(other -> !other.getId().equals(person.getId()))
                .ifPresent(other -> {
                    throw new RuleViolation("username", "This username is taken");
                });
        try {
            person.checkConsistency();
        } catch (IllegalStateException e) {
            throw new RuleViolation(person.getTeamId() == null ? "teamId" : "repStyle", e.getMessage());
        }
        boolean isNew = person.isNew();
        if (isNew && (newPassword == null || newPassword.isBlank())) {
            throw new RuleViolation("password", "A new person needs a password");
        }
        boolean passwordGiven = newPassword != null && !newPassword.isBlank();
        if (passwordGiven) {
            // Checked before anything is written, so a refused password leaves nothing half-saved.
            passwordPolicy.check(person.getUsername(), newPassword).ifPresent(reason -> {
                throw new RuleViolation("password", reason);
            });
        }
        Person saved = people.saveAndFlush(person);
        if (passwordGiven) {
            accounts.setPassword(saved.getId(), saved.getUsername(), newPassword);
        }
        accounts.setEnabled(saved.getId(), saved.isActive());
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Team> allTeams() {
        return teams.findAllByOrderByName();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Team saveTeam(Team team) {
        if (teams.existsByNameIgnoreCaseAndIdNot(team.getName(), team.getId() == null ? -1L : team.getId())) {
            throw new RuleViolation("name", "A team with this name exists");
        }
        if (team.getManagerId() != null) {
            Person manager = people.findById(team.getManagerId())
                    .orElseThrow(() -> new RuleViolation("managerId", "Unknown manager"));
            if (manager.getRole() != Role.MANAGER) {
                throw new RuleViolation("managerId", "Only a manager can lead a team");
            }
            teams.findByManagerId(manager.getId()).stream()
                    .filter(other -> !other.getId().equals(team.getId()))
                    .findFirst().ifPresent(other -> {
                        throw new RuleViolation("managerId", manager.getFullName() + " already leads " + other.getName());
                    });
            Team saved = teams.saveAndFlush(team);
            manager.setTeamId(saved.getId());
            return saved;
        }
        return teams.saveAndFlush(team);
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
