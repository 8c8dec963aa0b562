package com.salespact.reviews.query;

import com.salespact.reviews.CatchUpRows;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CatchUpRows} in SQL. No access check: the daily check reads this with nobody signed in. */
@Component
class CatchUpQuery implements CatchUpRows {

    private final JdbcClient jdbc;

    CatchUpQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> activeRepIds() {
        return jdbc.sql("select id from person where role = 'REP' and active = true").query(Long.class).list();
    }
}
