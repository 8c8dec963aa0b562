package com.salespact.people;

import com.salespact.base.AbstractEntity;
import com.salespact.base.merge.DraftFields;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

@Entity
@Table(name = "team")
public class Team extends AbstractEntity {

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "manager_id")
    private Long managerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** What the team form edits; concurrent edits of different fields are merged (decision 015). */
    public static final DraftFields<Team> FIELDS = DraftFields.of(Team::new)
            .field("name", Team::getName, Team::setName)
            .field("managerId", Team::getManagerId, Team::setManagerId);

    public Team() {
    }

    public Team(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
