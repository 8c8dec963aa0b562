package com.salespact.reviews;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByRepIdOrderByCreatedAt(long repId);

    List<ActionItem> findByReviewIdOrderByCreatedAt(long reviewId);

    List<ActionItem> findByRepIdAndDoneAtIsNullOrderByDueDateAscCreatedAtAsc(long repId);
}
