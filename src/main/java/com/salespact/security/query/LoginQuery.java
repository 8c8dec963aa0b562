package com.salespact.security.query;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What signing in reads: a login from {@code user_account} joined with the person's role and team, and a person by
 * username. Reads the tables directly so that security does not depend on the people feature (people depends on
 * security). Used before anybody is signed in, so it checks nothing.
 */
@Component
public class LoginQuery {

    private static final String ACCOUNT = """
            select p.id, p.username, p.full_name, p.role, p.active, a.password_hash, a.enabled, a.locked_until,
                   case when p.role = 'MANAGER' then (select min(t.id) from team t where t.manager_id = p.id)
                        else p.team_id end as team_id
            from person p join user_account a on a.person_id = p.id
            where lower(p.username) = lower(?)
            """;

    /**
     * A login as stored. {@code role} is the role's name (the Role enum belongs to security, which uses this
     * package); {@code teamId} is the team a manager manages, else the person's team.
     */
    public record LoginAccount(long id, String username, String fullName, String role, boolean active,
                               String passwordHash, boolean enabled, Instant lockedUntil, Long teamId) {
    }

    private final JdbcClient jdbc;

    LoginQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The login of a username, in any case; empty when there is none. */
    public Optional<LoginAccount> account(String username) {
        return jdbc.sql(ACCOUNT).param(username).query(LoginAccount.class).list().stream().findFirst();
    }

    /** The person with a username, in any case. */
    public Optional<Long> personId(String username) {
        return jdbc.sql("select id from person where lower(username) = lower(?)").param(username)
                .query(Long.class).list().stream().findFirst();
    }
}
