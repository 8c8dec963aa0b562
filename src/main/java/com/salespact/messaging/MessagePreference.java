package com.salespact.messaging;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A person's choice for one kind of message; without a row the kind's default applies ({@link MessageKinds}). */
@Entity
@Table(name = "message_preference")
class MessagePreference extends AbstractEntity {

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Delivery delivery;

    protected MessagePreference() {
    }

    MessagePreference(long personId, String kind, Delivery delivery) {
        this.personId = personId;
        this.kind = kind;
        this.delivery = delivery;
    }

    String getKind() {
        return kind;
    }

    Delivery getDelivery() {
        return delivery;
    }

    void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
