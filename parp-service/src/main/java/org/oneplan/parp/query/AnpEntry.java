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

/** An Annual National Programme stored whole as JSON, with the columns that lists filter on. */
@Entity
@Table(name = "anp")
public class AnpEntry extends PanacheEntityBase implements DocumentEntry<AnpDocument> {

    @Id
    public UUID id;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "partner_code")
    public String partnerCode;

    public int year;

    @Enumerated(EnumType.STRING)
    public AnpDocument.Status status;

    /** The whole {@link AnpDocument} as JSON. */
    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public AnpDocument document() {
        return AnpDocument.fromJson(content);
    }

    @Override
    public void write(AnpDocument document, Instant at) {
        id = document.id();
        partnerId = document.partnerId();
        partnerCode = document.partnerCode();
        year = document.year();
        status = document.status();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
