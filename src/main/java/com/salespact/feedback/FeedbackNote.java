package com.salespact.feedback;

import java.time.Instant;

/** A feedback note as one reader may see it; {@code canShare} when the reader wrote it and it is still private. */
public record FeedbackNote(long id, long aboutId, String aboutName, long authorId, String authorName,
                           FeedbackKind kind, FeedbackRelation relation, String text, boolean shared,
                           Instant createdAt, boolean canShare) {
}
