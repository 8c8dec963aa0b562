package com.salespact.messaging;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MessagePreferenceRepository extends JpaRepository<MessagePreference, Long> {

    List<MessagePreference> findByPersonId(long personId);

    Optional<MessagePreference> findByPersonIdAndKind(long personId, String kind);
}
