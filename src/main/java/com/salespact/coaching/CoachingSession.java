package com.salespact.coaching;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Time a manager spent coaching one rep on one day, and on what. The hours measure the pact's coaching commitment. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession extends AbstractEntity {

    public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(8);
    public static final int MAX_TOPIC = 500;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(name = "manager_id", nullable = false)
    private Long managerId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private BigDecimal hours;

    @Column(nullable = false)
    private String topic;

    protected CoachingSession() {
    }

    /**
     * @param today the day it is logged: a session cannot be in the future or more than a year back
     * @throws RuleViolation at the field that is wrong
     */
    public CoachingSession(long repId, long managerId, LocalDate heldOn, BigDecimal hours, String topic,
                           LocalDate today) {
        if (heldOn == null || heldOn.isAfter(today)) {
            throw RuleViolation.at("heldOn", "coaching.session.date.future");
        }
        if (heldOn.isBefore(today.minusYears(1))) {
            throw RuleViolation.at("heldOn", "coaching.session.date.too-old");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw RuleViolation.at("hours", "coaching.session.hours.out-of-range");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw RuleViolation.at("hours", "coaching.session.hours.decimals");
        }
        if (topic == null || topic.isBlank()) {
            throw RuleViolation.at("topic", "coaching.session.topic.required");
        }
        if (topic.strip().length() > MAX_TOPIC) {
            throw RuleViolation.at("topic", "coaching.session.topic.too-long");
        }
        this.repId = repId;
        this.managerId = managerId;
        this.heldOn = heldOn;
        this.hours = hours;
        this.topic = topic.strip();
    }

    public long getRepId() {
        return repId;
    }

    public long getManagerId() {
        return managerId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getTopic() {
        return topic;
    }
}
