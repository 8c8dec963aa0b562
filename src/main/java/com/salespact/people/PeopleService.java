package com.salespact.people;

import com.salespact.base.AbstractEntity;
import com.salespact.base.Messages;
import com.salespact.base.RuleViolation;
import com.salespact.base.merge.DraftConflictException;
import com.salespact.base.merge.DraftFields;
import com.salespact.base.merge.Edit;
import com.salespact.base.merge.Merge;
import com.salespact.security.CompanySignInService;
import com.salespact.security.LoginService;
import com.salespact.security.PasswordPolicy;
import com.salespact.security.Role;
import com.salespact.security.SignedInUser;
import com.salespact.security.query.CompanySignInQuery.WaitingPerson;
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
    private final CompanySignInService companySignIns;

    PeopleService(PersonRepository people, TeamRepository teams, LoginService accounts,
                  PasswordPolicy passwordPolicy, AccessGuard guard, CompanySignInService companySignIns) {
        this.people = people;
        this.teams = teams;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.guard = guard;
        this.companySignIns = companySignIns;
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
     * Saves a new person (no id yet) or overwrites one; a new password (optional for existing people, required for
     * new ones) becomes their login. The people form saves existing people with {@link #save(long, Edit, String)}.
     * @throws RuleViolation with a field-level message for the form
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Person save(Person person, String newPassword) {
        checkPerson(person.getId(), person, newPassword);
        return store(person, newPassword);
    }

    /**
     * Saves what the admin changed in a person. When somebody saved the person since the form loaded them, only the
     * fields this admin changed are put onto the current row; a field both changed differently stops the save.
     * @throws RuleViolation with a field-level message for the form; nothing is saved
     * @throws DraftConflictException listing the fields both changed, with the current person; nothing is saved
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Person save(long personId, Edit<Person> edit, String newPassword) {
        Person current = people.findById(personId).orElseThrow(() -> RuleViolation.of("people.rule.gone"));
        Person toApply = merged(Person.FIELDS, edit, current, Messages.text("people.rule.changed-meanwhile"));
        // Checked on the draft, before the managed row changes, so no query flushes a half-checked row.
        checkPerson(personId, toApply, newPassword);
        if (LastAdmin.wouldGo(current, toApply, people)) {
            throw RuleViolation.at(toApply.getRole() != Role.ADMIN ? "role" : "active", "people.rule.last-admin");
        }
        return store(Person.FIELDS.overwrite(toApply, current), newPassword);
    }

    private void checkPerson(Long personId, Person person, String newPassword) {
        people.findByUsernameIgnoreCase(person.getUsername())
                .filter(other -> !other.getId().equals(personId))
                .ifPresent(other -> {
                    throw RuleViolation.at("username", "people.rule.username-taken");
                });
        try {
            person.checkConsistency();
        } catch (IllegalStateException e) {
            throw RuleViolation.at(person.getTeamId() == null ? "teamId" : "repStyle", "people.rule.rep-needs-team");
        }
        boolean passwordGiven = newPassword != null && !newPassword.isBlank();
        if (personId == null && !passwordGiven) {
            throw RuleViolation.at("password", "people.rule.password-required");
        }
        if (passwordGiven) {
            // Checked before anything is written, so a refused password leaves nothing half-saved.
            passwordPolicy.check(person.getUsername(), newPassword).ifPresent(reason -> {
                throw new RuleViolation("password", reason);
            });
        }
    }

    private Person store(Person person, String newPassword) {
        Person saved = people.saveAndFlush(person);
        if (newPassword != null && !newPassword.isBlank()) {
            accounts.setPassword(saved.getId(), saved.getUsername(), newPassword);
        }
        accounts.setEnabled(saved.getId(), saved.isActive());
        return saved;
    }

    /** Mine when nobody saved since the form loaded; else my changes merged onto the current row, or the conflict. */
    private static <D extends AbstractEntity> D merged(DraftFields<D> fields, Edit<D> edit,
                                           D current, String conflict) {
        if (current.getVersion() == edit.version()) {
            return edit.mine();
        }
        Merge<D> merge = fields.merge(edit.base(), edit.mine(), fields.copy(current));
        if (!merge.clean()) {
            throw new DraftConflictException(conflict, merge.conflicts(), current.getVersion(), fields, current);
        }
        return merge.merged();
    }

    // --- people waiting after a first company sign-in (decision 026) -----------------------------

    /** People created at a first company sign-in who wait for an admin, longest waiting first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WaitingPerson> waitingForApproval() {
        return companySignIns.waiting();
    }

    /**
     * Lets a waiting person in: active from now, signing in with the company's provider. A rep needs a team first.
     * @throws RuleViolation at {@code teamId} for a rep without a team (the admin opens the person and chooses one)
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Person approve(long personId) {
        Person person = people.findById(personId).orElseThrow(() -> RuleViolation.of("people.rule.gone"));
        if (person.getRole() == Role.REP && person.getTeamId() == null) {
            throw RuleViolation.at("teamId", "people.rule.approve-needs-team", person.getFullName());
        }
        person.setActive(true);
        person.checkConsistency();
        accounts.setEnabled(personId, true);
        companySignIns.settle(personId, true);
        return person;
    }

    /** Turns a waiting person away: they stay inactive and the login page tells them an admin declined. */
    @PreAuthorize("hasRole('ADMIN')")
    public void decline(long personId) {
        companySignIns.settle(personId, false);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Team> allTeams() {
        return teams.findAllByOrderByName();
    }

    /** Saves a new team (no id yet) or overwrites one. */
    @PreAuthorize("hasRole('ADMIN')")
    public Team saveTeam(Team team) {
        checkTeam(team.getId(), team);
        return storeTeam(team);
    }

    /**
     * Saves what the admin changed in a team, merged like {@link #save(long, Edit, String)}.
     * @throws DraftConflictException listing the fields both changed, with the current team; nothing is saved
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Team saveTeam(long teamId, Edit<Team> edit) {
        Team current = teams.findById(teamId).orElseThrow(() -> RuleViolation.of("teams.rule.gone"));
        Team toApply = merged(Team.FIELDS, edit, current, Messages.text("teams.rule.changed-meanwhile"));
        checkTeam(teamId, toApply);
        return storeTeam(Team.FIELDS.overwrite(toApply, current));
    }

    private void checkTeam(Long teamId, Team team) {
        if (teams.existsByNameIgnoreCaseAndIdNot(team.getName(), teamId == null ? -1L : teamId)) {
            throw RuleViolation.at("name", "teams.rule.name-taken");
        }
        if (team.getManagerId() != null) {
            Person manager = people.findById(team.getManagerId())
                    .orElseThrow(() -> RuleViolation.at("managerId", "teams.rule.unknown-manager"));
            if (manager.getRole() != Role.MANAGER) {
                throw RuleViolation.at("managerId", "teams.rule.manager-role");
            }
            teams.findByManagerId(manager.getId()).stream()
                    .filter(other -> !other.getId().equals(teamId))
                    .findFirst().ifPresent(other -> {
                        throw RuleViolation.at("managerId", "teams.rule.already-leads", manager.getFullName(), other.getName());
                    });
        }
    }

    private Team storeTeam(Team team) {
        Team saved = teams.saveAndFlush(team);
        if (saved.getManagerId() != null) {
            people.findById(saved.getManagerId()).ifPresent(manager -> manager.setTeamId(saved.getId()));
        }
        return saved;
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
