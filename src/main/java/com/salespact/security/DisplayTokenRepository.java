package com.salespact.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisplayTokenRepository extends JpaRepository<DisplayToken, Long> {

    Optional<DisplayToken> findByTokenHash(String tokenHash);

    List<DisplayToken> findAllByOrderByCreatedAtDesc();

    List<DisplayToken> findByTeamIdOrderByCreatedAtDesc(Long teamId);
}
