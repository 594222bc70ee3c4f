package org.oneplan.assessment.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;
import org.oneplan.contracts.assessment.occ.OccUnitEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** OCC units as staff, Allies, inspectors and their partner read them, from {@code oneplan.assessment.events}. */
@ApplicationScoped
public class OccUnitProjection extends DocumentProjection<OccUnitEntry, OccUnitDocument> {

    OccUnitProjection() {
        super(new Shape<>(
                OccUnitEvent.class,
                OccUnitEntry.class,
                OccUnitEntry::new,
                OccUnitDeclaredEvent.class::isInstance,
                event -> ((OccUnitEvent) event).unitId(),
                OccUnitDocument::fold));
    }

    @Override
    public String name() {
        return "occ-units";
    }

    @Override
    public String topic() {
        return "oneplan.assessment.events";
    }
}
