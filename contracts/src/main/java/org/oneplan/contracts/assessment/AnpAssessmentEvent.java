package org.oneplan.contracts.assessment;

import java.util.UUID;

/**
 * Everything that happens to the annual assessment of a MAP country's ANP; published on
 * {@code oneplan.assessment.events}, keyed by its id. A family of its own, as the PARP assessment's is.
 */
public sealed interface AnpAssessmentEvent
        permits AnpAssessmentOpenedEvent,
                AnpChapterAssessedEvent,
                AnpAssessmentSubmittedEvent,
                AnpAssessmentCirculatedEvent,
                AnpAssessmentSilenceBrokenEvent,
                AnpAssessmentAgreedEvent,
                AnpAssessmentDiscussedAtNacEvent {

    UUID assessmentId();
}
