package org.oneplan.assessment.command;

import java.util.UUID;
import org.oneplan.assessment.command.AssessmentRefusals.NotThisPartner;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.ItppAssessmentOpening;
import org.oneplan.platform.axon.RecordMarking;

/** Which ITPP an assessment assesses, of which kind, for which partner: fixed when it opens. */
record AssessmentHeader(
        UUID assessmentId, AssessmentKind kind, UUID itppId, UUID partnerId, String partnerCode, int revision) {

    static AssessmentHeader of(ItppAssessmentOpening opened) {
        return new AssessmentHeader(
                opened.assessmentId(),
                opened.kind(),
                opened.itppId(),
                opened.partnerId(),
                opened.partnerCode(),
                opened.revision());
    }

    /** An ITPP assessment is marked as its ITPP is: NATO RESTRICTED, releasable to the partner. */
    RecordMarking marking() {
        return RecordMarking.restrictedReleasableTo(partnerCode);
    }

    void requireThisPartner(String nation) {
        if (!partnerCode.equals(nation)) {
            throw new NotThisPartner();
        }
    }
}
