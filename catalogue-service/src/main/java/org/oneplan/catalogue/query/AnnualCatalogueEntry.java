package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.platform.projection.DocumentEntry;

/** A year's catalogue stored whole as JSON. */
@Entity
@Table(name = "annual_catalogue")
public class AnnualCatalogueEntry extends PanacheEntityBase implements DocumentEntry<AnnualCatalogueDocument> {

    @Id
    public UUID id;

    public int year;

    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public AnnualCatalogueDocument document() {
        return AnnualCatalogueDocument.fromJson(content);
    }

    @Override
    public void write(AnnualCatalogueDocument document, Instant at) {
        id = document.id();
        year = document.year();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
