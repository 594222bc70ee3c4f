package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.platform.projection.DocumentEntry;

/** A participant stored whole as JSON (sealed details only), with the columns lists filter on. */
@Entity
@Table(name = "participant")
public class ParticipantEntry extends PanacheEntityBase implements DocumentEntry<ParticipantDocument> {

    @Id
    public UUID id;

    public String nation;

    public boolean erased;

    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public ParticipantDocument document() {
        return ParticipantDocument.fromJson(content);
    }

    @Override
    public void write(ParticipantDocument document, Instant at) {
        id = document.id();
        nation = document.nation();
        erased = document.erased();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
