package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.platform.projection.DocumentEntry;

/** An ITPP document stored whole as JSON, with the columns that lists filter on. */
@Entity
@Table(name = "itpp_document")
public class ItppEntry extends PanacheEntityBase implements DocumentEntry<ItppDocument> {

    @Id
    public UUID id;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "partner_code")
    public String partnerCode;

    @Column(name = "cycle_start_year")
    public int cycleStartYear;

    @Enumerated(EnumType.STRING)
    public ItppStatus status;

    @Column(name = "partner_agreed")
    public boolean partnerAgreed;

    @Column(name = "silence_ends")
    public Instant silenceEnds;

    @Column(name = "approved_at")
    public Instant approvedAt;
    /** The whole {@link ItppDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public ItppDocument document() {
        return ItppDocument.fromJson(content);
    }

    @Override
    public void write(ItppDocument document, Instant at) {
        id = document.id();
        partnerId = document.partnerId();
        partnerCode = document.partnerCode();
        cycleStartYear = document.cycleStartYear();
        status = document.status();
        partnerAgreed = document.partnerAgreed();
        silenceEnds = document.silenceEnds();
        approvedAt = document.approvedAt();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
