package com.salespact.holidays;

import java.time.LocalDate;

/** A company holiday as the admin list shows it. */
public record HolidayLine(long id, LocalDate date, String name) {
}
