package com.salespact.deals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DealRepository extends JpaRepository<Deal, Long> {

    String ROWS = """
            select new com.salespact.deals.DealRow(d.id, d.name, a.id, a.name, p.id, p.fullName, d.amount,
                   d.grossProfit, d.stage, d.forecastCategory, d.expectedCloseDate, d.stageEnteredAt, d.nextStep,
                   d.externalId, d.version)
            from Deal d, Account a, Person p
            where a.id = d.accountId and p.id = d.ownerId
            """;

    String FILTER = """
              and (:scopePerson is null or d.ownerId = :scopePerson)
              and (:scopeTeam is null or p.teamId = :scopeTeam)
              and (:ownerId is null or d.ownerId = :ownerId)
              and (:accountId is null or d.accountId = :accountId)
              and (:allStages = true or d.stage in :stages)
              and (:text is null or lower(d.name) like :text or lower(a.name) like :text)
            """;

    @Query(ROWS + FILTER)
    List<DealRow> findRows(Long scopePerson, Long scopeTeam, Long ownerId, Long accountId, boolean allStages,
                           Collection<Stage> stages, String text, Pageable page);

    @Query("select count(d) from Deal d, Account a, Person p where a.id = d.accountId and p.id = d.ownerId " + FILTER)
    long countRows(Long scopePerson, Long scopeTeam, Long ownerId, Long accountId, boolean allStages,
                   Collection<Stage> stages, String text);

    @Query(ROWS + " and d.id = :id")
    Optional<DealRow> findRow(long id);
}
