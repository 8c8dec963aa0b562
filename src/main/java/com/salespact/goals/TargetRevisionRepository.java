package com.salespact.goals;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRevisionRepository extends JpaRepository<TargetRevision, Long> {
}
