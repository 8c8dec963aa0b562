package com.salespact.goals;

/** The outcome of a save: the stored target's id and new version; {@code changed} false when nothing differed. */
public record TargetSaved(long targetId, long version, boolean changed) {
}
