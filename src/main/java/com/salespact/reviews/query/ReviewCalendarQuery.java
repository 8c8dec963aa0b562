package com.salespact.reviews.query;

import com.salespact.reviews.ReviewCalendarRows;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link ReviewCalendarRows} in SQL. */
@Component
class ReviewCalendarQuery implements ReviewCalendarRows {

    private static final String OF_PERSON = """
            select r.id, r.kind, rp.full_name as rep_name, mp.full_name as manager_name, r.scheduled_for, r.status,
                   r.calendar_sequence
            from review r
            join person rp on rp.id = r.rep_id
            join person mp on mp.id = r.manager_id
            where (r.rep_id = :person or r.manager_id = :person)
              and r.scheduled_for between :from and :until
            order by r.scheduled_for, r.id
            """;

    private final JdbcClient jdbc;

    ReviewCalendarQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Row> ofPerson(long personId, LocalDate from, LocalDate until) {
        return jdbc.sql(OF_PERSON).param("person", personId).param("from", from).param("until", until)
                .query(Row.class).list();
    }
}
