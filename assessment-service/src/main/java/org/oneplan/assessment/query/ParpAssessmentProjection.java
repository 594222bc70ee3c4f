package org.oneplan.assessment.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.assessment.ParpAssessmentEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** PARP assessments as read, from {@code oneplan.assessment.events} (the ITPP assessments' events pass by). */
@ApplicationScoped
public class ParpAssessmentProjection extends DocumentProjection<ParpAssessmentEntry, ParpAssessmentDocument> {

    ParpAssessmentProjection() {
        super(new Shape<>(
                ParpAssessmentEvent.class,
                ParpAssessmentEntry.class,
                ParpAssessmentEntry::new,
                ParpAssessmentOpenedEvent.class::isInstance,
                event -> ((ParpAssessmentEvent) event).assessmentId(),
                ParpAssessmentDocument::fold));
    }

    @Override
    public String name() {
        return "parp-assessments";
    }

    @Override
    public String topic() {
        return "oneplan.assessment.events";
    }
}
