package com.salespact.deals.csv;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedImportMappingRepository extends JpaRepository<SavedImportMapping, Long> {

    Optional<SavedImportMapping> findBySignatureHash(String signatureHash);
}
