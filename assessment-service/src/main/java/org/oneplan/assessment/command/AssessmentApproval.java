package org.oneplan.assessment.command;

import java.time.Instant;
import java.util.List;
import org.oneplan.contracts.assessment.AssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AssessmentEvent;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.AssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.contracts.assessment.NextCycleRecommendedEvent;
import org.oneplan.platform.approval.ApprovalEvents;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.axon.RecordMarking;

/**
 * An assessment is NATO's judgement: the Allies alone approve it by consensus (the partner is consulted
 * through its comments, not asked to agree). The approval names the ITPP and carries the recommendations
 * (at the end of the cycle, the recommendation for the next one), so that itpp-service acts on them without
 * asking.
 */
record AssessmentApproval(AssessmentHeader header, String recommendations, NextCycleRecommendedEvent nextCycle)
        implements ApprovalEvents {

    /** Names the approval's refusals: {@code assessment-not-in-draft}, {@code assessment-approved}, ... */
    static final String KIND = "assessment";

    static ConsensusApproval start() {
        return ConsensusApproval.byAlliesAlone(KIND);
    }

    static ConsensusApproval after(ConsensusApproval approval, AssessmentEvent event) {
        if (event instanceof AssessmentSubmittedEvent) {
            return approval.afterSubmission();
        }
        if (event instanceof AssessmentCirculatedEvent circulated) {
            return approval.afterCirculation(circulated.silenceEnds(), circulated.allies());
        }
        if (event instanceof AssessmentSilenceBrokenEvent) {
            return approval.afterFailure();
        }
        if (event instanceof ItppAssessmentApprovedEvent || event instanceof EndOfCycleAssessmentApprovedEvent) {
            return approval.afterApproval();
        }
        return approval;
    }

    @Override
    public RecordMarking marking() {
        return header.marking();
    }

    @Override
    public AssessmentSubmittedEvent submitted() {
        return new AssessmentSubmittedEvent(header.assessmentId());
    }

    /** Never asked: no partner co-owns an assessment, so the approval part records no agreement. */
    @Override
    public Object partnerAgreed(String partnerCode) {
        throw new IllegalStateException("an assessment is approved by the Allies alone");
    }

    @Override
    public AssessmentCirculatedEvent circulated(Instant silenceEnds, List<String> allies) {
        return new AssessmentCirculatedEvent(header.assessmentId(), silenceEnds, allies);
    }

    @Override
    public AssessmentSilenceBrokenEvent silenceBroken(String allyNation, String reason) {
        return new AssessmentSilenceBrokenEvent(header.assessmentId(), allyNation, reason);
    }

    /** Never asked: a procedure lapses only for want of a co-owner's agreement, and there is no co-owner. */
    @Override
    public Object lapsed(String reason) {
        throw new IllegalStateException("an assessment has no co-owner whose agreement could be missing");
    }

    /** The end of the cycle's approval carries the recommendation for the next cycle, which itpp-service drafts. */
    @Override
    public AssessmentEvent approved(Instant approvedAt) {
        if (header.kind() == AssessmentKind.END_OF_CYCLE) {
            return new EndOfCycleAssessmentApprovedEvent(
                    header.assessmentId(),
                    header.itppId(),
                    header.partnerId(),
                    header.partnerCode(),
                    approvedAt,
                    recommendations,
                    nextCycle.carryOverGoalIds(),
                    nextCycle.newObjectives(),
                    nextCycle.newGoals());
        }
        return new ItppAssessmentApprovedEvent(
                header.assessmentId(),
                header.kind(),
                header.itppId(),
                header.partnerId(),
                header.partnerCode(),
                approvedAt,
                recommendations);
    }
}
