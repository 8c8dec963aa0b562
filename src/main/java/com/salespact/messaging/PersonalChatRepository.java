package com.salespact.messaging;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalChatRepository extends JpaRepository<PersonalChat, Long> {

    Optional<PersonalChat> findByPersonId(long personId);
}
