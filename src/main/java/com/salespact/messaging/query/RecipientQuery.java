package com.salespact.messaging.query;

import com.salespact.messaging.Recipient;
import com.salespact.messaging.Recipients;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link Recipients} in SQL. */
@Component
class RecipientQuery implements Recipients {

    private final JdbcClient jdbc;

    RecipientQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Recipient> find(long personId) {
        return jdbc.sql("select id, full_name, email, language, active from person where id = ?")
                .param(personId)
                .query((rs, row) -> new Recipient(rs.getLong("id"), rs.getString("full_name"), rs.getString("email"),
                        rs.getString("language"), rs.getBoolean("active")))
                .optional();
    }
}
