package com.salespact.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findAllByOrderByName();

    List<Team> findByManagerId(Long managerId);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
