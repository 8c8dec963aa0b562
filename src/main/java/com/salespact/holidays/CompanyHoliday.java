package com.salespact.holidays;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day the company does not work (a public holiday, a company day off): no review is scheduled on it. */
@Entity
@Table(name = "company_holiday")
public class CompanyHoliday extends AbstractEntity {

    public static final int MAX_NAME = 100;

    @Column(name = "holiday_date", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    protected CompanyHoliday() {
    }

    /** @throws RuleViolation for a missing day, or a missing or too long name */
    public CompanyHoliday(LocalDate date, String name) {
        if (date == null) {
            throw RuleViolation.at("date", "holidays.date.required");
        }
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw RuleViolation.at("name", "holidays.name.required");
        }
        if (text.length() > MAX_NAME) {
            throw RuleViolation.at("name", "holidays.name.too-long", String.valueOf(MAX_NAME));
        }
        this.date = date;
        this.name = text;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
