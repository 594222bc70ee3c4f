package org.oneplan.assessment.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.oneplan.platform.projection.Json;

/** One ITPP's {@link ItppView}, stored whole as JSON. */
@Entity
@Table(name = "itpp_view")
public class ItppViewEntry extends PanacheEntityBase {

    @Id
    @Column(name = "itpp_id")
    public UUID itppId;

    public String content;

    public ItppView view() {
        return Json.read(content, ItppView.class);
    }

    void write(ItppView view) {
        itppId = view.itppId();
        content = Json.write(view);
    }
}
