package com.salespact.coaching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingRepository extends JpaRepository<TrainingItem, Long> {

    List<TrainingItem> findByRepIdOrderByIdAsc(long repId);
}
