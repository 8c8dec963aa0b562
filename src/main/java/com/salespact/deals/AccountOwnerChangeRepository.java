package com.salespact.deals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountOwnerChangeRepository extends JpaRepository<AccountOwnerChange, Long> {

    List<AccountOwnerChange> findByAccountIdOrderByChangedAtDescIdDesc(long accountId);
}
