package org.oneplan.assessment.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.assessment.AssessmentEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpening;
import org.oneplan.platform.projection.DocumentProjection;

/** Assessments as staff, Allies, inspectors and consulted partners read them, from {@code oneplan.assessment.events}. */
@ApplicationScoped
public class AssessmentProjection extends DocumentProjection<AssessmentEntry, AssessmentDocument> {

    AssessmentProjection() {
        super(new Shape<>(
                AssessmentEvent.class,
                AssessmentEntry.class,
                AssessmentEntry::new,
                ItppAssessmentOpening.class::isInstance,
                event -> ((AssessmentEvent) event).assessmentId(),
                AssessmentDocument::fold));
    }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public String topic() {
        return "oneplan.assessment.events";
    }
}
