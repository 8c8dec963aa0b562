package com.salespact.digest.query;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may get a weekly digest: active reps and managers with their role and team (a manager's: the team they lead,
 * as signing in reads it), in one statement. Deactivated people and admins are not listed.
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DigestQuery {

    private static final String RECIPIENTS = """
            select p.id, p.username, p.full_name, p.role,
                   case when p.role = 'MANAGER' then (select min(t.id) from team t where t.manager_id = p.id)
                        else p.team_id end as team_id
            from person p
            where p.active = true and p.role in ('REP', 'MANAGER')
              and (cast(:person as bigint) is null or p.id = :person)
            order by p.id
            """;

    /** A person a digest is written for; {@code role} is the role's name. */
    public record DigestRecipient(long id, String username, String fullName, String role, Long teamId) {
    }

    private final JdbcClient jdbc;

    DigestQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Everyone who may get one, by id (the weekly job; it runs as the system). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DigestRecipient> recipients() {
        return jdbc.sql(RECIPIENTS).param("person", null, java.sql.Types.BIGINT).query(DigestRecipient.class).list();
    }

    /** One person, if they may get one (the caller has checked that they may see that person's digest). */
    public Optional<DigestRecipient> recipient(long personId) {
        return jdbc.sql(RECIPIENTS).param("person", personId, java.sql.Types.BIGINT).query(DigestRecipient.class)
                .optional();
    }
}
