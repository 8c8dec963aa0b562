package com.salespact.holidays;

import com.salespact.base.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company holiday list: admins keep it; scheduling reads it ({@link #workingDays()}) so no review lands on a
 * weekend or a holiday. Holidays are not private, so background jobs and the demo seed read them without signing in.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class HolidayService {

    private final CompanyHolidayRepository holidays;

    HolidayService(CompanyHolidayRepository holidays) {
        this.holidays = holidays;
    }

    @Transactional(readOnly = true)
    public List<HolidayLine> all() {
        return holidays.findAllByOrderByDateAsc().stream().map(HolidayService::line).toList();
    }

    /** @throws RuleViolation at the field: no day, no name, or the day is already a holiday */
    public HolidayLine add(LocalDate date, String name) {
        CompanyHoliday holiday = new CompanyHoliday(date, name);
        if (holidays.existsByDate(date)) {
            throw RuleViolation.at("date", "holidays.date.taken");
        }
        return line(holidays.saveAndFlush(holiday));
    }

    public void remove(long holidayId) {
        holidays.deleteById(holidayId);
    }

    /** Weekends and the holiday list, for scheduling. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public WorkingDays workingDays() {
        return new WorkingDays(holidays.findAll().stream().map(CompanyHoliday::getDate).collect(Collectors.toSet()));
    }

    private static HolidayLine line(CompanyHoliday holiday) {
        return new HolidayLine(holiday.getId(), holiday.getDate(), holiday.getName());
    }
}
