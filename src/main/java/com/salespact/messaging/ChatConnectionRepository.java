package com.salespact.messaging;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatConnectionRepository extends JpaRepository<ChatConnection, Long> {

    List<ChatConnection> findByTeamIdOrderByName(long teamId);

    List<ChatConnection> findByEnabledTrueOrderById();
}
