package com.salespact.security.query;

import com.salespact.security.query.LoginQuery.LoginAccount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a company sign-in reads: a person as a login (with or without a password), people by e-mail, a team by name,
 * and who waits for an admin's approval. Reads the tables directly, like {@link LoginQuery}, so that security does not
 * depend on the people feature. The sign-in itself runs before anybody is signed in, so it checks nothing;
 * {@code waiting} is read through the secured {@code CompanySignInService}.
 */
@Component
public class CompanySignInQuery {

    private static final String PERSON = """
            select p.id, p.username, p.full_name, p.role, p.active, a.password_hash,
                   coalesce(a.enabled, true) as enabled, a.locked_until,
                   case when p.role = 'MANAGER' then (select min(t.id) from team t where t.manager_id = p.id)
                        else p.team_id end as team_id
            from person p left join user_account a on a.person_id = p.id
            where p.id = ?
            """;

    /** Somebody who signed in with the company's provider and waits for an admin. */
    public record WaitingPerson(long personId, String fullName, String email, String role, Long teamId,
                                Instant since) {
    }

    private final JdbcClient jdbc;

    CompanySignInQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person as a login; {@code passwordHash} is null for people who sign in only with the company's provider. */
    public Optional<LoginAccount> person(long personId) {
        return jdbc.sql(PERSON).param(personId).query(LoginAccount.class).list().stream().findFirst();
    }

    /** Everybody with this e-mail address, in any case (the column is not unique: more than one is possible). */
    public List<Long> peopleWithEmail(String email) {
        return jdbc.sql("select id from person where lower(email) = lower(?) order by id").param(email.strip())
                .query(Long.class).list();
    }

    /** The team with this name, in any case. */
    public Optional<Long> teamNamed(String name) {
        return jdbc.sql("select id from team where lower(name) = lower(?)").param(name.strip())
                .query(Long.class).list().stream().findFirst();
    }

    /** The first of these team names that is a team, in any case. */
    public Optional<Long> firstTeam(List<String> names) {
        return names.stream().map(this::teamNamed).flatMap(Optional::stream).findFirst();
    }

    /** People created at a first sign-in who wait for an admin, longest waiting first. */
    public List<WaitingPerson> waiting() {
        return jdbc.sql("""
                        select p.id as person_id, p.full_name, p.email, p.role, p.team_id, min(i.linked_at) as since
                        from company_identity i join person p on p.id = i.person_id
                        where i.status = 'WAITING' and p.active = false
                        group by p.id, p.full_name, p.email, p.role, p.team_id
                        order by since, p.id""")
                .query(WaitingPerson.class).list();
    }
}
