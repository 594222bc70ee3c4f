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

/** An ANP assessment stored whole as JSON, with the columns that lists filter on. */
@Entity
@Table(name = "anp_assessment")
public class AnpAssessmentEntry extends PanacheEntityBase implements DocumentEntry<AnpAssessmentDocument> {

    @Id
    public UUID id;

    @Column(name = "anp_id")
    public UUID anpId;

    @Column(name = "partner_code")
    public String partnerCode;

    @Column(name = "anp_year")
    public int anpYear;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Column(name = "partner_consulted")
    public boolean partnerConsulted;

    /** The whole {@link AnpAssessmentDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public AnpAssessmentDocument document() {
        return AnpAssessmentDocument.fromJson(content);
    }

    @Override
    public void write(AnpAssessmentDocument document, Instant at) {
        id = document.id();
        anpId = document.anpId();
        partnerCode = document.partnerCode();
        anpYear = document.year();
        status = document.status();
        partnerConsulted = document.partnerConsulted();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
