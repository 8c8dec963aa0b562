package com.salespact.reviews;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CelebrationRepository extends JpaRepository<Celebration, Long> {

    List<Celebration> findByReviewIdOrderByCreatedAtAscIdAsc(long reviewId);
}
