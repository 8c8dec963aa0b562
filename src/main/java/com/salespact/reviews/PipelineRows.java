package com.salespact.reviews;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A rep's deals at two moments, for {@link PipelineChanges} to classify. Implemented in {@code reviews.query}, which
 * may use this package; this package never uses that one.
 */
public interface PipelineRows {

    /**
     * Every deal of the rep opened by {@code moment} and still open at {@code baseline} or later, with its stage at
     * each moment, by deal id.
     * @throws org.springframework.security.access.AccessDeniedException for a rep outside the caller's scope
     */
    List<DealTrack> tracks(long repId, Instant baseline, Instant moment, ZoneId zone);
}
