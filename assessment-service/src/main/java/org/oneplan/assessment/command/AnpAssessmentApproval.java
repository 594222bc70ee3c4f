package org.oneplan.assessment.command;

import java.time.Instant;
import java.util.List;
import org.oneplan.contracts.assessment.AnpAssessmentAgreedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSubmittedEvent;
import org.oneplan.platform.approval.ApprovalEvents;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.axon.RecordMarking;

/** The ANP assessment is NATO staff's, agreed by the Allies alone under silence, as the other assessments are. */
record AnpAssessmentApproval(AnpAssessmentOpenedEvent header) implements ApprovalEvents {

    /** Names the approval's refusals: {@code anp-assessment-approved}, {@code anp-assessment-not-in-draft}, ... */
    static final String KIND = "anp-assessment";

    static ConsensusApproval start() {
        return ConsensusApproval.byAlliesAlone(KIND);
    }

    static ConsensusApproval after(ConsensusApproval approval, AnpAssessmentEvent event) {
        if (event instanceof AnpAssessmentSubmittedEvent) {
            return approval.afterSubmission();
        }
        if (event instanceof AnpAssessmentCirculatedEvent circulated) {
            return approval.afterCirculation(circulated.silenceEnds(), circulated.allies());
        }
        if (event instanceof AnpAssessmentSilenceBrokenEvent) {
            return approval.afterFailure();
        }
        if (event instanceof AnpAssessmentAgreedEvent) {
            return approval.afterApproval();
        }
        return approval;
    }

    static RecordMarking markingOf(AnpAssessmentOpenedEvent opened) {
        return RecordMarking.restrictedReleasableTo(opened.partnerCode());
    }

    @Override
    public RecordMarking marking() {
        return markingOf(header);
    }

    @Override
    public AnpAssessmentSubmittedEvent submitted() {
        return new AnpAssessmentSubmittedEvent(header.assessmentId());
    }

    /** Never asked: the Allies alone agree the assessment. */
    @Override
    public Object partnerAgreed(String partnerCode) {
        throw new IllegalStateException("an ANP assessment is agreed by the Allies alone");
    }

    @Override
    public AnpAssessmentCirculatedEvent circulated(Instant silenceEnds, List<String> allies) {
        return new AnpAssessmentCirculatedEvent(header.assessmentId(), silenceEnds, allies);
    }

    @Override
    public AnpAssessmentSilenceBrokenEvent silenceBroken(String allyNation, String reason) {
        return new AnpAssessmentSilenceBrokenEvent(header.assessmentId(), allyNation, reason);
    }

    /** Never asked: there is no co-owner whose agreement could be missing. */
    @Override
    public Object lapsed(String reason) {
        throw new IllegalStateException("an ANP assessment has no co-owner");
    }

    @Override
    public AnpAssessmentAgreedEvent approved(Instant approvedAt) {
        return new AnpAssessmentAgreedEvent(
                header.assessmentId(),
                header.anpId(),
                header.partnerId(),
                header.partnerCode(),
                header.year(),
                approvedAt);
    }
}
