package com.salespact.deals;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DealClosingRepository extends JpaRepository<DealClosing, Long> {

    /** Closings whose undo window has passed, oldest first. */
    @Query("select c.dealId from DealClosing c where c.undoUntil <= :now order by c.undoUntil, c.dealId")
    List<Long> findDue(Instant now, Limit limit);

    /**
     * Takes a due closing for this node: 1 if this transaction deleted it, 0 if it was undone or another node took it.
     * The row lock makes a concurrent claim wait and then find nothing, so a close is applied (and published) once.
     */
    @Modifying
    @Query("delete from DealClosing c where c.dealId = :dealId and c.undoUntil <= :now")
    int claimDue(long dealId, Instant now);

    /** Undoes a closing still within its window: 1 if deleted, 0 if it was due (or applied) already. */
    @Modifying
    @Query("delete from DealClosing c where c.dealId = :dealId and c.undoUntil > :now")
    int deleteUndoable(long dealId, Instant now);
}
