package com.salespact.pact;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PactRepository extends JpaRepository<Pact, Long> {

    Optional<Pact> findByRepId(long repId);

    @Query("select p from Pact p join p.versions v where v.id = :versionId")
    Optional<Pact> findByVersionId(long versionId);
}
