package com.salespact.reviews;

import com.salespact.deals.Stage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One of a rep's deals seen at two moments, read through {@link PipelineRows}: its stage at the baseline (null
 * when it did not exist yet) and at the review's moment, when it entered that stage, and its close dates.
 * {@code openedAt} is when the deal was opened for the business (an imported deal: the start of its created date),
 * not when its row was inserted.
 */
public record DealTrack(long dealId, String name, BigDecimal amount, Instant openedAt, Stage stageBefore,
                        Stage stageAt, Instant enteredStageAt, LocalDate expectedClose, LocalDate closedOn) {
}
