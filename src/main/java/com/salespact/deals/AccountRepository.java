package com.salespact.deals;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("""
            select new com.salespact.deals.AccountChoice(a.id, a.name, a.ownerId)
            from Account a join Person p on p.id = a.ownerId
            where (:scopePerson is null or a.ownerId = :scopePerson)
              and (:scopeTeam is null or p.teamId = :scopeTeam)
              and (:text is null or lower(a.name) like :text)
            order by a.name""")
    List<AccountChoice> findChoices(Long scopePerson, Long scopeTeam, String text, Pageable page);
}
