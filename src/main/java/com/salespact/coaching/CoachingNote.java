package com.salespact.coaching;

import com.salespact.base.AbstractEntity;
import com.salespact.base.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A development conversation with a rep, written down: the skills to grow, the rep's career aspirations, and what
 * was said (table {@code development_note}). Shown on the rep's development page.
 */
@Entity
@Table(name = "development_note")
public class CoachingNote extends AbstractEntity {

    public static final int MAX_SKILLS = 1000;
    public static final int MAX_ASPIRATIONS = 1000;
    public static final int MAX_TEXT = 4000;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    private String skills;

    private String aspirations;

    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CoachingNote() {
    }

    /** @throws RuleViolation for a future date, an empty note or a field that is too long */
    public CoachingNote(long repId, long authorId, LocalDate notedOn, String skills, String aspirations, String text,
                        LocalDate today, Instant createdAt) {
        if (notedOn == null || notedOn.isAfter(today)) {
            throw RuleViolation.at("notedOn", "coaching.note.date.future");
        }
        this.skills = clean("skills", skills, MAX_SKILLS);
        this.aspirations = clean("aspirations", aspirations, MAX_ASPIRATIONS);
        this.text = clean("text", text, MAX_TEXT);
        if (this.skills == null && this.aspirations == null && this.text == null) {
            throw RuleViolation.at("skills", "coaching.note.empty");
        }
        this.repId = repId;
        this.authorId = authorId;
        this.notedOn = notedOn;
        this.createdAt = createdAt;
    }

    private static String clean(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw RuleViolation.at(field, "coaching.note.too-long", max);
        }
        return stripped;
    }

    public long getRepId() {
        return repId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public LocalDate getNotedOn() {
        return notedOn;
    }

    public String getSkills() {
        return skills;
    }

    public String getAspirations() {
        return aspirations;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
