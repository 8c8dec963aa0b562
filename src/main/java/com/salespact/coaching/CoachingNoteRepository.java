package com.salespact.coaching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CoachingNoteRepository extends JpaRepository<CoachingNote, Long> {

    @Query("""
            select new com.salespact.coaching.CoachingNoteLine(n.id, n.notedOn, a.fullName, n.skills, n.aspirations,
                   n.text)
            from CoachingNote n join Person a on a.id = n.authorId
            where n.repId = :repId order by n.notedOn desc, n.id desc""")
    List<CoachingNoteLine> notesOf(long repId);
}
