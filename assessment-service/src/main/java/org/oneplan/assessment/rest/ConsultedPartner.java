package org.oneplan.assessment.rest;

import jakarta.enterprise.context.RequestScoped;
import org.oneplan.assessment.query.AnpAssessmentDocument;
import org.oneplan.assessment.query.AssessmentDocument;
import org.oneplan.assessment.query.ParpAssessmentDocument;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.rest.ProblemException;

/**
 * A partner delegation reads (and comments on) its own assessment only once it is consulted on it, from the
 * first submission on: a draft never put to it is "not found", as another partner's assessment is, so that
 * the answer tells nothing of staff's work in progress. Other callers see every assessment.
 */
@RequestScoped
public class ConsultedPartner {

    private final CurrentActor actor;

    ConsultedPartner(CurrentActor actor) {
        this.actor = actor;
    }

    /** The assessment, if the caller may read it in this state; otherwise "not found". */
    AssessmentDocument mayRead(AssessmentDocument assessment) {
        if (actor.get().isPartnerDelegation() && !assessment.partnerConsulted()) {
            throw ProblemException.notFound("Assessment " + assessment.id());
        }
        return assessment;
    }

    /** The same rule for a PARP assessment. */
    ParpAssessmentDocument mayReadParp(ParpAssessmentDocument assessment) {
        if (actor.get().isPartnerDelegation() && !assessment.partnerConsulted()) {
            throw ProblemException.notFound("PARP assessment " + assessment.id());
        }
        return assessment;
    }

    /** The same rule for an ANP assessment. */
    AnpAssessmentDocument mayReadAnp(AnpAssessmentDocument assessment) {
        if (actor.get().isPartnerDelegation() && !assessment.partnerConsulted()) {
            throw ProblemException.notFound("ANP assessment " + assessment.id());
        }
        return assessment;
    }
}
