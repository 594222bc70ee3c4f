package org.oneplan.assessment.query;

import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.assessment.AnpAssessmentEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.platform.projection.DocumentProjection;

/** ANP assessments as read, from {@code oneplan.assessment.events} (the other assessments' events pass by). */
@ApplicationScoped
public class AnpAssessmentProjection extends DocumentProjection<AnpAssessmentEntry, AnpAssessmentDocument> {

    AnpAssessmentProjection() {
        super(new Shape<>(
                AnpAssessmentEvent.class,
                AnpAssessmentEntry.class,
                AnpAssessmentEntry::new,
                AnpAssessmentOpenedEvent.class::isInstance,
                event -> ((AnpAssessmentEvent) event).assessmentId(),
                AnpAssessmentDocument::fold));
    }

    @Override
    public String name() {
        return "anp-assessments";
    }

    @Override
    public String topic() {
        return "oneplan.assessment.events";
    }
}
