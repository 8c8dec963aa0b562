package com.salespact.messaging.query;

import com.salespact.messaging.CalendarFeedInfo;
import com.salespact.messaging.CalendarFeedRows;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link CalendarFeedRows} in SQL. */
@Component
class CalendarFeedQuery implements CalendarFeedRows {

    private final JdbcClient jdbc;

    CalendarFeedQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarFeedInfo> active() {
        return jdbc.sql("""
                        select f.id, f.person_id, p.full_name as person_name, f.created_at, f.last_fetched_at
                        from calendar_feed f join person p on p.id = f.person_id
                        where f.revoked_at is null
                        order by p.full_name, f.created_at""")
                .query(CalendarFeedInfo.class).list();
    }
}
