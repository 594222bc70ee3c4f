package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.platform.projection.DocumentEntry;

/** An offering institution stored whole as JSON. */
@Entity
@Table(name = "offering_institution")
public class InstitutionEntry extends PanacheEntityBase implements DocumentEntry<InstitutionDocument> {

    @Id
    public UUID id;

    public String name;

    public String nation;

    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public InstitutionDocument document() {
        return InstitutionDocument.fromJson(content);
    }

    @Override
    public void write(InstitutionDocument document, Instant at) {
        id = document.id();
        name = document.name();
        nation = document.nation();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
