package com.salespact.people;

import com.salespact.security.Role;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsernameIgnoreCase(String username);

    List<Person> findByRoleAndActiveTrueOrderByFullName(Role role);

    /** The active people of a role, locked to the end of the transaction (two demotions at once see each other). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.role = :role and p.active = true order by p.id")
    List<Person> lockActive(Role role);

    List<Person> findByTeamIdAndRoleAndActiveTrueOrderByFullName(Long teamId, Role role);

    @Query("""
            select p from Person p
            where (:text is null or lower(p.fullName) like :text or lower(p.username) like :text)
            order by p.fullName""")
    List<Person> search(String text, Pageable page);

    @Query("""
            select count(p) from Person p
            where (:text is null or lower(p.fullName) like :text or lower(p.username) like :text)""")
    long countSearch(String text);
}
