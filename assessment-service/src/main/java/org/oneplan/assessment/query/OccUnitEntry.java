package org.oneplan.assessment.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.platform.projection.DocumentEntry;

/** An OCC unit stored whole as JSON, with the columns that lists filter on. */
@Entity
@Table(name = "occ_unit")
public class OccUnitEntry extends PanacheEntityBase implements DocumentEntry<OccUnitDocument> {

    @Id
    public UUID id;

    @Column(name = "partner_code")
    public String partnerCode;

    @Enumerated(EnumType.STRING)
    public OccDomain domain;

    public String name;

    /** The whole {@link OccUnitDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public OccUnitDocument document() {
        return OccUnitDocument.fromJson(content);
    }

    @Override
    public void write(OccUnitDocument document, Instant at) {
        id = document.id();
        partnerCode = document.partnerCode();
        domain = document.domain();
        name = document.name();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
