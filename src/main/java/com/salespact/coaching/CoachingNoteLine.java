package com.salespact.coaching;

import java.time.LocalDate;

/** A development note as the development page shows it. */
public record CoachingNoteLine(long id, LocalDate notedOn, String authorName, String skills, String aspirations,
                               String text) {
}
