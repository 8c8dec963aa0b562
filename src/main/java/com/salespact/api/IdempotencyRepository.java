package com.salespact.api;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyRepository extends JpaRepository<IdempotencyRecord, Long> {

    Optional<IdempotencyRecord> findByTokenIdAndKey(Long tokenId, String key);
}
