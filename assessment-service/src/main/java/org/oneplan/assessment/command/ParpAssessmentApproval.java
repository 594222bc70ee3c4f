package org.oneplan.assessment.command;

import java.time.Instant;
import java.util.List;
import org.oneplan.contracts.assessment.ParpAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentEvent;
import org.oneplan.contracts.assessment.ParpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.ParpAssessmentSubmittedEvent;
import org.oneplan.platform.approval.ApprovalEvents;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.axon.RecordMarking;

/**
 * A PARP assessment is NATO's judgement, approved by the Allies alone under silence (the partner is consulted
 * through its comments), as an ITPP assessment is. The approval names cycle, partner and ITPP.
 */
record ParpAssessmentApproval(ParpAssessmentOpenedEvent header) implements ApprovalEvents {

    /** Names the approval's refusals: {@code parp-assessment-approved}, {@code parp-assessment-not-in-draft}, ... */
    static final String KIND = "parp-assessment";

    static ConsensusApproval start() {
        return ConsensusApproval.byAlliesAlone(KIND);
    }

    static ConsensusApproval after(ConsensusApproval approval, ParpAssessmentEvent event) {
        if (event instanceof ParpAssessmentSubmittedEvent) {
            return approval.afterSubmission();
        }
        if (event instanceof ParpAssessmentCirculatedEvent circulated) {
            return approval.afterCirculation(circulated.silenceEnds(), circulated.allies());
        }
        if (event instanceof ParpAssessmentSilenceBrokenEvent) {
            return approval.afterFailure();
        }
        if (event instanceof ParpAssessmentApprovedEvent) {
            return approval.afterApproval();
        }
        return approval;
    }

    static RecordMarking markingOf(ParpAssessmentOpenedEvent opened) {
        return RecordMarking.restrictedReleasableTo(opened.partnerCode());
    }

    @Override
    public RecordMarking marking() {
        return markingOf(header);
    }

    @Override
    public ParpAssessmentSubmittedEvent submitted() {
        return new ParpAssessmentSubmittedEvent(header.assessmentId());
    }

    /** Never asked: no partner co-owns an assessment. */
    @Override
    public Object partnerAgreed(String partnerCode) {
        throw new IllegalStateException("a PARP assessment is approved by the Allies alone");
    }

    @Override
    public ParpAssessmentCirculatedEvent circulated(Instant silenceEnds, List<String> allies) {
        return new ParpAssessmentCirculatedEvent(header.assessmentId(), silenceEnds, allies);
    }

    @Override
    public ParpAssessmentSilenceBrokenEvent silenceBroken(String allyNation, String reason) {
        return new ParpAssessmentSilenceBrokenEvent(header.assessmentId(), allyNation, reason);
    }

    /** Never asked: a procedure lapses only for want of a co-owner's agreement. */
    @Override
    public Object lapsed(String reason) {
        throw new IllegalStateException("a PARP assessment has no co-owner whose agreement could be missing");
    }

    @Override
    public ParpAssessmentApprovedEvent approved(Instant approvedAt) {
        return new ParpAssessmentApprovedEvent(
                header.assessmentId(),
                header.parpCycleId(),
                header.partnerId(),
                header.partnerCode(),
                header.itppId(),
                header.reviewYear(),
                header.revision(),
                approvedAt);
    }
}
