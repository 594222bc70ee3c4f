package org.oneplan.parp.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpPackageAgreedByPartnerEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.contracts.parp.ParpPackageCirculatedEvent;
import org.oneplan.contracts.parp.ParpPackageSubmittedEvent;
import org.oneplan.contracts.parp.ParpSilenceBrokenEvent;
import org.oneplan.contracts.parp.ParpSilenceProcedureLapsedEvent;
import org.oneplan.platform.approval.ApprovalEvents;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.axon.RecordMarking;

/**
 * A PARP package goes to approval by consensus, co-owned by the partner: the platform's part decides, and
 * the cycle records each step with its own published events. The approval names the approved goals, the
 * partner and its ITPP, so that other services place them without asking.
 */
record ParpApproval(ParpCycleHeader header, List<ApprovedParpGoal> goals) implements ApprovalEvents {

    /** Names the approval's refusals: {@code parp-package-not-in-draft}, {@code parp-package-approved}. */
    static final String KIND = "parp-package";

    static ConsensusApproval start(String partnerCode) {
        return ConsensusApproval.coOwnedBy(KIND, partnerCode);
    }

    static ConsensusApproval after(ConsensusApproval approval, ParpEvent event) {
        if (event instanceof ParpPackageSubmittedEvent) {
            return approval.afterSubmission();
        }
        if (event instanceof ParpPackageAgreedByPartnerEvent) {
            return approval.afterPartnerAgreement();
        }
        if (event instanceof ParpPackageCirculatedEvent circulated) {
            return approval.afterCirculation(circulated.silenceEnds(), circulated.allies());
        }
        if (event instanceof ParpSilenceBrokenEvent || event instanceof ParpSilenceProcedureLapsedEvent) {
            return approval.afterFailure();
        }
        if (event instanceof ParpPackageApprovedEvent) {
            return approval.afterApproval();
        }
        return approval;
    }

    @Override
    public RecordMarking marking() {
        return header.marking();
    }

    private UUID id() {
        return header.parpCycleId();
    }

    @Override
    public ParpPackageSubmittedEvent submitted() {
        return new ParpPackageSubmittedEvent(id());
    }

    @Override
    public ParpPackageAgreedByPartnerEvent partnerAgreed(String partnerCode) {
        return new ParpPackageAgreedByPartnerEvent(id(), partnerCode);
    }

    @Override
    public ParpPackageCirculatedEvent circulated(Instant silenceEnds, List<String> allies) {
        return new ParpPackageCirculatedEvent(id(), silenceEnds, allies);
    }

    @Override
    public ParpSilenceBrokenEvent silenceBroken(String allyNation, String reason) {
        return new ParpSilenceBrokenEvent(id(), allyNation, reason);
    }

    @Override
    public ParpSilenceProcedureLapsedEvent lapsed(String reason) {
        return new ParpSilenceProcedureLapsedEvent(id(), reason);
    }

    @Override
    public ParpPackageApprovedEvent approved(Instant approvedAt) {
        return new ParpPackageApprovedEvent(
                id(), approvedAt, header.partnerId(), header.partnerCode(), header.itppId(), goals);
    }
}
