package com.salespact.coaching;

import com.salespact.pact.TrainingStatus;
import java.time.Instant;
import java.time.LocalDate;

/** A training item as the development page shows it; {@code version} guards progress updates. */
public record TrainingItemLine(long id, long version, String title, LocalDate dueDate, TrainingStatus status,
                               TrainingSource source, Instant completedAt, boolean overdue) {
}
