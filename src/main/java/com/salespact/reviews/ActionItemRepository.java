package com.salespact.reviews;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByRepIdOrderByCreatedAt(long repId);

    List<ActionItem> findByReviewIdOrderByCreatedAt(long reviewId);

    List<ActionItem> findByRepIdAndDoneAtIsNullOrderByDueDateAscCreatedAtAsc(long repId);

    /** Open action items per rep: [repId, count]. */
    @Query("select a.repId, count(a) from ActionItem a where a.doneAt is null and a.repId in :repIds group by a.repId")
    List<Object[]> countOpenByRep(java.util.Collection<Long> repIds);
}
