package com.salespact.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyIdentityRepository extends JpaRepository<CompanyIdentity, Long> {

    Optional<CompanyIdentity> findByIssuerAndSubject(String issuer, String subject);

    List<CompanyIdentity> findByPersonId(long personId);
}
