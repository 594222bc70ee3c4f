package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.platform.projection.DocumentEntry;

/** A discipline stored whole as JSON, with the columns the command side checks. */
@Entity
@Table(name = "discipline")
public class DisciplineEntry extends PanacheEntityBase implements DocumentEntry<DisciplineDocument> {

    @Id
    public UUID id;

    public String code;

    public boolean active;

    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public DisciplineDocument document() {
        return DisciplineDocument.fromJson(content);
    }

    @Override
    public void write(DisciplineDocument document, Instant at) {
        id = document.id();
        code = document.code();
        active = document.active();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
