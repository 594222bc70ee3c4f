package org.oneplan.parp.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.platform.projection.DocumentEntry;

/** A PARP cycle stored whole as JSON, with the columns that lists filter on. */
@Entity
@Table(name = "parp_cycle")
public class ParpCycleEntry extends PanacheEntityBase implements DocumentEntry<ParpCycleDocument> {

    @Id
    public UUID id;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "partner_code")
    public String partnerCode;

    @Column(name = "start_year")
    public int startYear;

    @Enumerated(EnumType.STRING)
    public ParpPackageStatus status;

    /** The whole {@link ParpCycleDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public ParpCycleDocument document() {
        return ParpCycleDocument.fromJson(content);
    }

    @Override
    public void write(ParpCycleDocument document, Instant at) {
        id = document.id();
        partnerId = document.partnerId();
        partnerCode = document.partnerCode();
        startYear = document.startYear();
        status = document.status();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
