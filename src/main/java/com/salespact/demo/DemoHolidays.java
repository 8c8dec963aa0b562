package com.salespact.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo company's public holidays. Its offices are spread over northern and southern Europe (see the cities in
 * {@link DemoCatalog}), so it keeps Germany's nationwide public holidays, for 2026 and 2027.
 */
final class DemoHolidays {

    record Holiday(LocalDate date, String name) {
    }

    static final List<Holiday> ALL = List.of(
            new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day"),
            new Holiday(LocalDate.of(2026, 4, 3), "Good Friday"),
            new Holiday(LocalDate.of(2026, 4, 6), "Easter Monday"),
            new Holiday(LocalDate.of(2026, 5, 1), "Labour Day"),
            new Holiday(LocalDate.of(2026, 5, 14), "Ascension Day"),
            new Holiday(LocalDate.of(2026, 5, 25), "Whit Monday"),
            new Holiday(LocalDate.of(2026, 10, 3), "German Unity Day"),
            new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"),
            new Holiday(LocalDate.of(2026, 12, 26), "Second Day of Christmas"),
            new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"),
            new Holiday(LocalDate.of(2027, 3, 26), "Good Friday"),
            new Holiday(LocalDate.of(2027, 3, 29), "Easter Monday"),
            new Holiday(LocalDate.of(2027, 5, 1), "Labour Day"),
            new Holiday(LocalDate.of(2027, 5, 6), "Ascension Day"),
            new Holiday(LocalDate.of(2027, 5, 17), "Whit Monday"),
            new Holiday(LocalDate.of(2027, 10, 3), "German Unity Day"),
            new Holiday(LocalDate.of(2027, 12, 25), "Christmas Day"),
            new Holiday(LocalDate.of(2027, 12, 26), "Second Day of Christmas"));

    private DemoHolidays() {
    }

    /** Writes the holidays that are not there yet. @return how many were written */
    static int write(JdbcTemplate jdbc) {
        int written = 0;
        for (Holiday holiday : ALL) {
            written += jdbc.update("insert into company_holiday (holiday_date, name) select ?, ? where not exists "
                    + "(select 1 from company_holiday where holiday_date = ?)", holiday.date(), holiday.name(),
                    holiday.date());
        }
        return written;
    }
}
