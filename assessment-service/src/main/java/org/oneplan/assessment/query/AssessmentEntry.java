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
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.platform.projection.DocumentEntry;

/** An assessment stored whole as JSON, with the columns that lists filter on. */
@Entity
@Table(name = "assessment")
public class AssessmentEntry extends PanacheEntityBase implements DocumentEntry<AssessmentDocument> {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public AssessmentKind kind;

    @Column(name = "itpp_id")
    public UUID itppId;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "partner_code")
    public String partnerCode;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Column(name = "partner_consulted")
    public boolean partnerConsulted;

    /** The whole {@link AssessmentDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public AssessmentDocument document() {
        return AssessmentDocument.fromJson(content);
    }

    @Override
    public void write(AssessmentDocument document, Instant at) {
        id = document.id();
        kind = document.kind();
        itppId = document.itppId();
        partnerId = document.partnerId();
        partnerCode = document.partnerCode();
        status = document.status();
        partnerConsulted = document.partnerConsulted();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
