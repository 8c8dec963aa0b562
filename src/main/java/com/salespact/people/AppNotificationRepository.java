package com.salespact.people;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AppNotificationRepository extends JpaRepository<AppNotification, Long> {

    @Query("select n from AppNotification n where n.personId = :personId and n.readAt is null"
            + " order by n.createdAt desc, n.id desc")
    List<AppNotification> unread(long personId, Pageable page);

    @Query("select n from AppNotification n where n.personId = :personId order by n.createdAt desc, n.id desc")
    List<AppNotification> recent(long personId, Pageable page);

    long countByPersonIdAndReadAtIsNull(long personId);

    @Modifying
    @Query("update AppNotification n set n.readAt = :when where n.personId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant when);
}
