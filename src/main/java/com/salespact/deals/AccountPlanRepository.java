package com.salespact.deals;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountPlanRepository extends JpaRepository<AccountPlan, Long> {

    Optional<AccountPlan> findByAccountId(long accountId);
}
