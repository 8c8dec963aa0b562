package com.salespact.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    String PERSON = """
            select new com.salespact.feedback.FeedbackPerson(p.id, p.fullName, p.role, p.teamId, t.managerId, p.active)
            from Person p left join Team t on t.id = p.teamId
            """;

    @Query(PERSON + " where p.id in :ids")
    List<FeedbackPerson> people(Collection<Long> ids);

    /** Active people, of one team when {@code team} is given, by name. */
    @Query(PERSON + " where p.active = true and (:team is null or p.teamId = :team) order by p.fullName")
    List<FeedbackPerson> activePeople(Long team);

    /**
     * Notes the reader might see: written by or about them, about their team (managers) or all (admins). The
     * visibility rules then pick from these in the service.
     */
    @Query("""
            select f from Feedback f
            where f.authorId = :me or f.aboutId = :me or :all = true
               or f.aboutId in (select p.id from Person p where p.teamId = :team)
            order by f.createdAt desc, f.id desc""")
    List<Feedback> candidates(long me, Long team, boolean all, Pageable page);

    @Query("""
            select f from Feedback f
            where f.aboutId = :me and f.relation = com.salespact.feedback.FeedbackRelation.UPWARD
              and f.createdAt >= :from and f.createdAt < :to""")
    List<Feedback> upwardAbout(long me, Instant from, Instant to);
}
