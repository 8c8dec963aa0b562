package com.salespact.activities;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<Activity, Long> {

    String ROWS = """
            select new com.salespact.activities.ActivityRow(x.id, p.id, p.fullName, x.kind, x.date, a.id, a.name,
                   d.id, d.name, x.note)
            from Activity x join Person p on p.id = x.repId
            left join Account a on a.id = x.accountId
            left join Deal d on d.id = x.dealId
            where (:scopePerson is null or x.repId = :scopePerson)
              and (:scopeTeam is null or p.teamId = :scopeTeam)
              and (:repId is null or x.repId = :repId)
              and (:accountId is null or x.accountId = :accountId)
            """;

    @Query(ROWS + " order by x.date desc, x.id desc")
    List<ActivityRow> findRows(Long scopePerson, Long scopeTeam, Long repId, Long accountId, Pageable page);

    @Query("""
            select count(x) from Activity x join Person p on p.id = x.repId
            where (:scopePerson is null or x.repId = :scopePerson)
              and (:scopeTeam is null or p.teamId = :scopeTeam)
              and (:repId is null or x.repId = :repId)
              and (:accountId is null or x.accountId = :accountId)""")
    long countRows(Long scopePerson, Long scopeTeam, Long repId, Long accountId);
}
