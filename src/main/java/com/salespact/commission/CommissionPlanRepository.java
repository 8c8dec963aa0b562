package com.salespact.commission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionPlanRepository extends JpaRepository<CommissionPlan, Long> {

    Optional<CommissionPlan> findByRepIdAndFiscalYear(Long repId, int fiscalYear);
}
