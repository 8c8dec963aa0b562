package com.salespact.deals.csv;

import com.salespact.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mapping saved for a header signature (decision 025); its mapping is the JSON of an {@link ImportMapping}. */
@Entity
@Table(name = "import_mapping")
class SavedImportMapping extends AbstractEntity {

    @Column(name = "header_signature", nullable = false)
    private String headerSignature;

    @Column(name = "signature_hash", nullable = false)
    private String signatureHash;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String mapping;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected SavedImportMapping() {
    }

    SavedImportMapping(String headerSignature, String signatureHash) {
        this.headerSignature = headerSignature.length() > 4000 ? headerSignature.substring(0, 4000) : headerSignature;
        this.signatureHash = signatureHash;
    }

    void update(String name, String mapping, Instant at, Long by) {
        this.name = name;
        this.mapping = mapping;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    String getHeaderSignature() {
        return headerSignature;
    }

    String getName() {
        return name;
    }

    String getMapping() {
        return mapping;
    }
}
