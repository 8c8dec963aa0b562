package com.salespact.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.base.DateRange;
import com.salespact.reviews.query.OneOnOneAttendanceQuery;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** "1:1s held on time" per rep and period: the hook for measuring a manager's ONE_ON_ONE commitment. */
@SpringBootTest
@ActiveProfiles("test")
class OneOnOneAttendanceQueryTest {

    private static final DateRange SEEDED_WEEKS = new DateRange(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 15));

    @Autowired UserDetailsService users;
    @Autowired OneOnOneAttendanceQuery attendance;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    private int count(String condition, long repId) {
        return jdbc.queryForObject("select count(*) from review where kind = 'WEEKLY_ONE_ON_ONE' and rep_id = ?"
                + " and scheduled_for between ? and ? and " + condition, Integer.class, repId, SEEDED_WEEKS.start(),
                SEEDED_WEEKS.end());
    }

    @Test
    void countsDueHeldOnTimeCancelledAndMissedPerRep() {
        long team = jdbc.queryForObject("select team_id from person where username = 'manager'", Long.class);
        TestSupport.signIn(users, "manager");
        List<OneOnOneAttendance> reps = attendance.team(team, SEEDED_WEEKS);
        assertThat(reps).hasSize(6);
        for (OneOnOneAttendance rep : reps) {
            assertThat(rep.due()).isEqualTo(count("1 = 1", rep.repId())).isEqualTo(6);
            assertThat(rep.held()).isEqualTo(count("status = 'HELD'", rep.repId()));
            assertThat(rep.heldOnTime()).isEqualTo(count("status = 'HELD' and held_on <= scheduled_for", rep.repId()));
            assertThat(rep.cancelled()).isEqualTo(count("status = 'CANCELLED'", rep.repId()));
            assertThat(rep.missed()).isZero();
            assertThat(rep.onTimeRate()).isNotNull();
        }
        assertThat(reps).extracting(OneOnOneAttendance::cancelled).contains(1);
    }

    @Test
    void aRepSeesOnlyTheirOwnAndNothingMissedLooksHeld() {
        long rep = jdbc.queryForObject("select id from person where username = 'lmoreau'", Long.class);
        long teammate = jdbc.queryForObject("select id from person where username = 'asouza'", Long.class);
        TestSupport.signIn(users, "lmoreau");
        OneOnOneAttendance own = attendance.rep(rep, SEEDED_WEEKS);
        assertThat(own.held() + own.cancelled()).isEqualTo(own.due());
        assertThatThrownBy(() -> attendance.rep(teammate, SEEDED_WEEKS)).isInstanceOf(AccessDeniedException.class);

        long manager = jdbc.queryForObject("select id from person where username = 'sofia'", Long.class);
        jdbc.update("""
                insert into review (kind, rep_id, manager_id, scheduled_for, period_start, period_end, status, created_at)
                values ('WEEKLY_ONE_ON_ONE', ?, ?, date '2026-11-12', date '2026-11-09', date '2026-11-15', 'SCHEDULED',
                        timestamp with time zone '2026-11-01 10:00:00+00')""", rep, manager);
        try {
            OneOnOneAttendance missing = attendance.rep(rep, SEEDED_WEEKS);
            assertThat(missing.due()).isEqualTo(own.due() + 1);
            assertThat(missing.missed()).isEqualTo(1);
            assertThat(missing.held()).isEqualTo(own.held());
        } finally {
            jdbc.update("delete from review where rep_id = ? and scheduled_for = date '2026-11-12'", rep);
        }
    }
}
