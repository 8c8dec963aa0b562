package com.salespact.coaching;

import java.time.LocalDate;

/** One line of the training plan a pact agrees: what to learn, and by when (optional). */
public record TrainingPlanLine(String title, LocalDate dueDate) {
}
