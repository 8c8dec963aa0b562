package com.salespact.reviews;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatchUpPlanRepository extends JpaRepository<CatchUpPlan, Long> {

    List<CatchUpPlan> findByRepIdAndStatusNotOrderByCreatedAtDesc(long repId, CatchUpStatus status);

    Optional<CatchUpPlan> findFirstByReviewIdOrderByCreatedAtDesc(long reviewId);
}
