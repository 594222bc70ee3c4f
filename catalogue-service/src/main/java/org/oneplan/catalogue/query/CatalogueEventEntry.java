package org.oneplan.catalogue.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.platform.projection.DocumentEntry;

/** A catalogue event stored whole as JSON, with the columns the search filters on. */
@Entity
@Table(name = "catalogue_event")
public class CatalogueEventEntry extends PanacheEntityBase implements DocumentEntry<CatalogueEventDocument> {

    @Id
    public UUID id;

    public int year;

    @Enumerated(EnumType.STRING)
    public CatalogueEventStatus status;

    @Column(name = "offering_nation")
    public String offeringNation;

    @Column(name = "discipline_code")
    public String disciplineCode;

    @Column(name = "host_nation")
    public String hostNation;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    public DeliveryMethod deliveryMethod;

    public String title;

    public String description;

    public String content;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public CatalogueEventDocument document() {
        return CatalogueEventDocument.fromJson(content);
    }

    @Override
    public void write(CatalogueEventDocument document, Instant at) {
        id = document.id();
        year = document.year();
        status = document.status();
        offeringNation = document.offeringNation();
        disciplineCode = document.offer().disciplineCode();
        hostNation = document.offer().hostNation();
        deliveryMethod = document.offer().deliveryMethod();
        title = document.offer().title();
        description = document.offer().description();
        content = document.toJson();
        version = document.version();
        updatedAt = at;
    }
}
