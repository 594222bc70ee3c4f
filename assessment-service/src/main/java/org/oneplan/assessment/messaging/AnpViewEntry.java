package org.oneplan.assessment.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.oneplan.platform.projection.Json;

/** One ANP's {@link AnpView}, stored whole as JSON. */
@Entity
@Table(name = "anp_view")
public class AnpViewEntry extends PanacheEntityBase {

    @Id
    @Column(name = "anp_id")
    public UUID anpId;

    public String content;

    AnpView view() {
        return Json.read(content, AnpView.class);
    }

    void write(AnpView view) {
        anpId = view.anpId();
        content = Json.write(view);
    }
}
