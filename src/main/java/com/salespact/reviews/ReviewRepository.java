package com.salespact.reviews;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    /** The rep's reviews of a kind still to be held, earliest first. */
    @Query("""
            select r from Review r where r.repId = :repId and r.kind = :kind
              and r.status in (com.salespact.reviews.ReviewStatus.SCHEDULED, com.salespact.reviews.ReviewStatus.PREPARED)
            order by r.scheduledFor, r.id""")
    List<Review> openOf(long repId, ReviewKind kind);

    /** The rep's last held reviews of a kind at or before a moment (null kind: any), other than one review. */
    @Query("""
            select r from Review r where r.repId = :repId and (:kind is null or r.kind = :kind)
              and r.status = com.salespact.reviews.ReviewStatus.HELD and r.heldAt <= :before and r.id <> :except
            order by r.heldAt desc, r.id desc""")
    List<Review> heldBefore(long repId, ReviewKind kind, java.time.Instant before, long except, Limit limit);

    /** The rep's latest review of a kind, held or not (not cancelled), for scheduling the next. */
    @Query("""
            select r from Review r where r.repId = :repId and r.kind = :kind
              and r.status <> com.salespact.reviews.ReviewStatus.CANCELLED
            order by r.scheduledFor desc, r.id desc""")
    List<Review> latestOf(long repId, ReviewKind kind, Limit limit);

    /** Reviews still to be held on or before {@code until}: the reminder job's work list. */
    @Query("""
            select r from Review r
            where r.status in (com.salespact.reviews.ReviewStatus.SCHEDULED, com.salespact.reviews.ReviewStatus.PREPARED)
              and r.scheduledFor between :from and :until
              and (r.repRemindedAt is null or r.managerRemindedAt is null)
            order by r.scheduledFor, r.id""")
    List<Review> toRemind(LocalDate from, LocalDate until);

    /** The review held last before {@code before}, not counting {@code except} (the review asking; may be null). */
    default Optional<Review> lastHeldBefore(long repId, ReviewKind kind, java.time.Instant before, Long except) {
        return heldBefore(repId, kind, before, except == null ? -1 : except, Limit.of(1)).stream().findFirst();
    }

    default Optional<Review> latest(long repId, ReviewKind kind) {
        return latestOf(repId, kind, Limit.of(1)).stream().findFirst();
    }

    List<Review> findByIdIn(Collection<Long> ids);
}
