package org.oneplan.assessment.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.oneplan.platform.projection.Json;

/** One PARP cycle's {@link ParpCycleView}, stored whole as JSON. */
@Entity
@Table(name = "parp_cycle_view")
public class ParpCycleViewEntry extends PanacheEntityBase {

    @Id
    @Column(name = "parp_cycle_id")
    public UUID parpCycleId;

    @Column(name = "itpp_id")
    public UUID itppId;

    public String content;

    public ParpCycleView view() {
        return Json.read(content, ParpCycleView.class);
    }

    void write(ParpCycleView view) {
        parpCycleId = view.parpCycleId();
        itppId = view.itppId();
        content = Json.write(view);
    }
}
