package com.salespact.pact;

import java.time.LocalDate;

/** One item of the training plan agreed in step 5. */
public record TrainingLine(String item, LocalDate due, TrainingStatus status) {
}
