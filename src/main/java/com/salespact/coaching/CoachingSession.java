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
            throw new RuleViolation("heldOn", "Log a session once it has happened");
        }
        if (heldOn.isBefore(today.minusYears(1))) {
            throw new RuleViolation("heldOn", "Sessions older than a year cannot be logged");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new RuleViolation("hours", "A session lasts more than 0 and at most 8 hours");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("hours", "Use at most two decimals, e.g. 1.25");
        }
        if (topic == null || topic.isBlank()) {
            throw new RuleViolation("topic", "Say what you worked on");
        }
        if (topic.strip().length() > MAX_TOPIC) {
            throw new RuleViolation("topic", "Keep the topic under 500 characters");
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
