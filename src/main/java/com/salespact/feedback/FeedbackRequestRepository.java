package com.salespact.feedback;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRequestRepository extends JpaRepository<FeedbackRequest, Long> {

    @Query("""
            select r from FeedbackRequest r where r.respondentId = :respondent and r.answeredAt is null
            order by r.dueOn, r.id""")
    List<FeedbackRequest> waitingFor(long respondent);

    /** Requests about a subject whose period overlaps {@code from}..{@code to}. */
    @Query("""
            select r from FeedbackRequest r where r.subjectId = :subject
              and r.periodStart <= :to and r.periodEnd >= :from
            order by r.id""")
    List<FeedbackRequest> about(long subject, LocalDate from, LocalDate to);

    boolean existsBySubjectIdAndRespondentIdAndPeriodStart(long subjectId, long respondentId, LocalDate periodStart);
}
