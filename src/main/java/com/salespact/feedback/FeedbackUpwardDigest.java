package com.salespact.feedback;

import com.salespact.base.DateRange;
import java.util.List;

/**
 * Upward feedback a manager received over a period, without names: how many notes, how many were praise, and their
 * texts in alphabetical order. Empty texts and {@code shown = false} until {@link FeedbackVisibility#ANONYMITY_THRESHOLD}
 * notes have arrived.
 */
public record FeedbackUpwardDigest(DateRange period, int notes, int praise, int constructive, List<String> texts,
                                   boolean shown) {
}
