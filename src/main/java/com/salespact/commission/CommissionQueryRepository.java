package com.salespact.commission;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionQueryRepository extends JpaRepository<CommissionQuery, Long> {

    boolean existsByDealIdAndAnsweredAtIsNull(Long dealId);
}
