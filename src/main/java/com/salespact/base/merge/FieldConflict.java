package com.salespact.base.merge;

/** One field both editors changed, to different values: what it was, what I typed, what they saved. */
public record FieldConflict(String field, Object base, Object mine, Object theirs) {
}
