package com.salespact.reviews;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    List<AgendaItem> findByReviewIdOrderByPosition(long reviewId);

    @Query("select coalesce(max(a.position), 0) from AgendaItem a where a.reviewId = :reviewId")
    int lastPosition(long reviewId);
}
