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
import org.oneplan.platform.projection.DocumentEntry;

/** A PARP assessment stored whole as JSON, with the columns that lists and the evidence join filter on. */
@Entity
@Table(name = "parp_assessment")
public class ParpAssessmentEntry extends PanacheEntityBase implements DocumentEntry<ParpAssessmentDocument> {

    @Id
    public UUID id;

    @Column(name = "parp_cycle_id")
    public UUID parpCycleId;

    @Column(name = "itpp_id")
    public UUID itppId;

    @Column(name = "partner_code")
    public String partnerCode;

    @Column(name = "cycle_start_year")
    public int cycleStartYear;

    @Column(name = "review_year")
    public int reviewYear;

    public int revision;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Column(name = "partner_consulted")
    public boolean partnerConsulted;

    /** The whole {@link ParpAssessmentDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public ParpAssessmentDocument document() {
        return ParpAssessmentDocument.fromJson(content);
    }

    @Override
    public void write(ParpAssessmentDocument document, Instant at) {
        id = document.id();
        parpCycleId = document.parpCycleId();
        itppId = document.itppId();
        partnerCode = document.partnerCode();
        cycleStartYear = document.cycleStartYear();
        reviewYear = document.reviewYear();
        revision = document.revision();
        status = document.status();
        partnerConsulted = document.partnerConsulted();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
