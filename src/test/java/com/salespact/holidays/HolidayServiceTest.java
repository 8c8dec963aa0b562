package com.salespact.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salespact.TestSupport;
import com.salespact.base.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** The holiday list on the seeded H2 database: admins keep it, nobody else changes it, scheduling reads it. */
@SpringBootTest
@ActiveProfiles("test")
class HolidayServiceTest {

    private static final LocalDate COMPANY_DAY = LocalDate.of(2026, 12, 30);

    @Autowired UserDetailsService users;
    @Autowired HolidayService holidays;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from company_holiday where holiday_date = ?", COMPANY_DAY);
        TestSupport.signOut();
    }

    @Test
    void anAdminAddsAndRemovesAHolidayAndBadInputIsRefusedAtItsField() {
        TestSupport.signIn(users, "admin");
        assertThat(holidays.all()).extracting(HolidayLine::date).contains(LocalDate.of(2026, 12, 25),
                LocalDate.of(2027, 1, 1));
        HolidayLine added = holidays.add(COMPANY_DAY, "  Company day off ");
        assertThat(added.name()).isEqualTo("Company day off");
        assertThat(holidays.workingDays().isWorkingDay(COMPANY_DAY)).isFalse();

        assertThatThrownBy(() -> holidays.add(COMPANY_DAY, "Twice")).isInstanceOf(RuleViolation.class)
                .hasMessage("This day is already a holiday")
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("date"));
        assertThatThrownBy(() -> holidays.add(LocalDate.of(2026, 12, 29), " ")).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> holidays.add(null, "No day")).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("date"));
        assertThatThrownBy(() -> holidays.add(LocalDate.of(2026, 12, 29), "x".repeat(101)))
                .isInstanceOf(RuleViolation.class).hasMessage("At most 100 characters");

        holidays.remove(added.id());
        assertThat(holidays.workingDays().isWorkingDay(COMPANY_DAY)).isTrue();
    }

    @Test
    void onlyAnAdminChangesTheListButSchedulingReadsItWithoutSigningIn() {
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> holidays.add(COMPANY_DAY, "Manager's day")).isInstanceOf(AccessDeniedException.class);
        TestSupport.signIn(users, "rep");
        assertThatThrownBy(() -> holidays.all()).isInstanceOf(AccessDeniedException.class);
        long christmas = jdbc.queryForObject("select id from company_holiday where holiday_date = date '2026-12-25'",
                Long.class);
        assertThatThrownBy(() -> holidays.remove(christmas)).isInstanceOf(AccessDeniedException.class);
        TestSupport.signOut();
        assertThat(holidays.workingDays().isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    }
}
