package com.salespact.people;

import com.salespact.base.Messages;
import com.salespact.security.CompanyPeople;
import com.salespact.security.Role;
import com.salespact.security.SystemPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * People for company sign-in (security declares what it needs, {@link CompanyPeople}; decision 026): a newcomer
 * becomes a person with a unique username; one who waits for approval is inactive and every active admin is told in
 * the bell (and by e-mail, as each admin chose: {@code SIGN_IN_WAITING} is a messaging kind); a role that follows the
 * provider never leaves the company without an active admin. Runs during a sign-in, before anybody is signed in: only security's sign-in calls it.
 */
@Component
class CompanySignInPeople implements CompanyPeople {

    /** The notification kind admins get (messaging.MessageKinds mails it to those who keep e-mail on). */
    static final String WAITING_KIND = "SIGN_IN_WAITING";

    private final PersonRepository people;
    private final NotificationService notifications;

    CompanySignInPeople(PersonRepository people, NotificationService notifications) {
        this.people = people;
        this.notifications = notifications;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long create(Newcomer newcomer) {
        Person person = new Person(newcomer.fullName(), uniqueUsername(newcomer.username()), newcomer.role());
        person.setEmail(newcomer.email());
        if (newcomer.role() == Role.REP) {
            person.setTeamId(newcomer.teamId());
            person.setRepStyle(RepStyle.valueOf(newcomer.repStyle()));
        }
        person.setActive(!newcomer.waiting());
        Person saved = people.saveAndFlush(person);
        if (newcomer.waiting()) {
            String name = saved.getFullName();
            String email = saved.getEmail() == null ? "—" : saved.getEmail();
            SystemPrincipal.call(() -> {
                people.findByRoleAndActiveTrueOrderByFullName(Role.ADMIN).forEach(admin ->
                        notifications.notify(admin.getId(), WAITING_KIND,
                                () -> Messages.text("people.sign-in.waiting.notify", name, email),
                                PeopleLinks.PEOPLE_ROUTE));
                return null;
            });
        }
        return saved.getId();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public RoleFollowed followRole(long personId, Role role, Long teamId, String repStyle) {
        Person person = people.findById(personId).orElseThrow();
        if (person.getRole() == role) {
            return RoleFollowed.UNCHANGED;
        }
        if (LastAdmin.is(person, people)) {
            return RoleFollowed.LAST_ADMIN_KEPT;
        }
        if (role == Role.REP) {
            if (person.getTeamId() == null && teamId == null) {
                return RoleFollowed.NO_TEAM;
            }
            person.setTeamId(person.getTeamId() != null ? person.getTeamId() : teamId);
            person.setRepStyle(person.getRepStyle() != null ? person.getRepStyle() : RepStyle.valueOf(repStyle));
        }
        person.setRole(role);
        person.checkConsistency();
        return RoleFollowed.CHANGED;
    }

    /** The wish if free, else the wish with the lowest number that is. */
    private String uniqueUsername(String wish) {
        String candidate = wish;
        for (int n = 2; people.findByUsernameIgnoreCase(candidate).isPresent(); n++) {
            candidate = wish + n;
        }
        return candidate;
    }
}
