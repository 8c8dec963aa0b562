package com.salespact.reviews.query;

import com.salespact.base.DateRange;
import com.salespact.people.AccessGuard;
import com.salespact.reviews.ReviewDeadline;
import com.salespact.reviews.ReviewKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's upcoming 1:1s and plan reviews for the wall screen: dates and rep names only, so a DISPLAY principal may
 * read it (no notes, agenda, feedback or facts ever leave {@link com.salespact.reviews.ReviewService}).
 */
@Component
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewDeadlineQuery {

    static final int MAX_ROWS = 12;

    private static final String UPCOMING = """
            select r.scheduled_for, r.kind, p.full_name
            from review r join person p on p.id = r.rep_id
            where p.team_id = :team and r.status in ('SCHEDULED', 'PREPARED')
              and r.scheduled_for between :from and :to
            order by r.scheduled_for, p.full_name, r.id
            fetch first %d rows only
            """.formatted(MAX_ROWS);

    /** A row of {@link #UPCOMING}. */
    private record Upcoming(LocalDate scheduledFor, ReviewKind kind, String fullName) {
    }

    private final JdbcClient jdbc;
    private final AccessGuard guard;

    ReviewDeadlineQuery(JdbcClient jdbc, AccessGuard guard) {
        this.jdbc = jdbc;
        this.guard = guard;
    }

    /** @throws org.springframework.security.access.AccessDeniedException for another team */
    public List<ReviewDeadline> upcoming(long teamId, DateRange range) {
        guard.checkTeam(teamId);
        return jdbc.sql(UPCOMING).param("team", teamId).param("from", range.start()).param("to", range.end())
                .query(Upcoming.class).list().stream()
                .map(row -> new ReviewDeadline(row.scheduledFor(), row.kind(), row.fullName())).toList();
    }
}
