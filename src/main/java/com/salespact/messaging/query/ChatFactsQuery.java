package com.salespact.messaging.query;

import com.salespact.messaging.ChatFacts;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ChatFacts} in SQL. */
@Component
class ChatFactsQuery implements ChatFacts {

    private final JdbcClient jdbc;

    ChatFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> teamName(long teamId) {
        return jdbc.sql("select name from team where id = ?").param(teamId).query(String.class).optional();
    }

    @Override
    public Optional<Member> member(long personId) {
        return jdbc.sql("select full_name, team_id from person where id = ?").param(personId)
                .query((rs, row) -> new Member(rs.getString("full_name"), (Long) rs.getObject("team_id", Long.class)))
                .optional();
    }
}
