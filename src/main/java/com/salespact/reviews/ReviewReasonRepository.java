package com.salespact.reviews;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewReasonRepository extends JpaRepository<ReviewReason, Long> {

    List<ReviewReason> findByReviewIdOrderById(long reviewId);
}
