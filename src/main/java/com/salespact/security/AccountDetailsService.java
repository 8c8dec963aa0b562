package com.salespact.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads a login from {@code user_account} joined with the person's role and team. Reads the tables directly
 * so that security does not depend on the people feature (people depends on security).
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private static final String QUERY = """
            select p.id, p.username, p.full_name, p.role, p.active, a.password_hash, a.enabled, a.locked_until,
                   case when p.role = 'MANAGER' then (select min(t.id) from team t where t.manager_id = p.id)
                        else p.team_id end as team_id
            from person p join user_account a on a.person_id = p.id
            where lower(p.username) = lower(?)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountDetailsService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        List<SignedInUser> found = jdbc.query(QUERY, (rs, row) -> {
            Timestamp lockedUntil = rs.getTimestamp("locked_until");
            boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
            long teamId = rs.getLong("team_id");
            return new SignedInUser(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                    Role.valueOf(rs.getString("role")), rs.wasNull() ? null : teamId, rs.getString("password_hash"),
                    rs.getBoolean("enabled") && rs.getBoolean("active"), locked);
        }, username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("No such user");
        }
        return found.getFirst();
    }
}
