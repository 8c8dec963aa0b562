package com.salespact.holidays;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyHolidayRepository extends JpaRepository<CompanyHoliday, Long> {

    List<CompanyHoliday> findAllByOrderByDateAsc();

    boolean existsByDate(LocalDate date);
}
