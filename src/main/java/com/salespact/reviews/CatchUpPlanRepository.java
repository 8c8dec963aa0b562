package com.salespact.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CatchUpPlanRepository extends JpaRepository<CatchUpPlan, Long> {

    List<CatchUpPlan> findByRepIdAndStatusNotOrderByCreatedAtDesc(long repId, CatchUpStatus status);

    Optional<CatchUpPlan> findFirstByReviewIdOrderByCreatedAtDesc(long reviewId);

    /**
     * Locks the rep's person row until the transaction ends, so drafts for one rep (two nodes, or the morning check
     * and a manager) queue up and the second finds the first's plan instead of failing on the unique key.
     */
    @Query(value = "select id from person where id = :repId for update", nativeQuery = true)
    Long lockRep(long repId);
}
