package com.salespact.messaging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    /** The one lookup a feed request makes: by the token's hash (an index lookup; the token is never compared). */
    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    List<CalendarFeed> findByPersonIdAndRevokedAtIsNull(Long personId);
}
