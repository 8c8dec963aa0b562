package com.salespact.coaching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachingRepository extends JpaRepository<CoachingSession, Long> {

    @Query("""
            select new com.salespact.coaching.CoachingSessionLine(c.id, c.heldOn, c.hours, c.topic, m.id, m.fullName)
            from CoachingSession c join Person m on m.id = c.managerId
            where c.repId = :repId order by c.heldOn desc, c.id desc""")
    List<CoachingSessionLine> sessionsOf(long repId);
}
