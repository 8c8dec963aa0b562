package com.salespact.messaging;

import org.springframework.data.jpa.repository.JpaRepository;

interface MessagingSecretRepository extends JpaRepository<MessagingSecret, Integer> {
}
