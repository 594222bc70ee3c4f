package org.oneplan.itpp.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.itpp.AmendmentOpenedEvent;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.platform.approval.ApprovalEvents;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.axon.RecordMarking;

/**
 * The ITPP's outputs 1 and 2 go to approval by consensus, co-owned by the partner: the platform's part
 * decides, and the ITPP records each step with its own published events.
 */
record ItppApproval(UUID itppId, String partnerCode) implements ApprovalEvents {

    /** Names the approval's refusals as the ITPP always has: {@code itpp-not-submitted}, {@code itpp-approved}. */
    static final String KIND = "itpp";

    static ConsensusApproval start(String partnerCode) {
        return ConsensusApproval.coOwnedBy(KIND, partnerCode);
    }

    /** Feeds an ITPP event back into the approval part; an amendment opens the approved text again. */
    static ConsensusApproval after(ConsensusApproval approval, ItppEvent event) {
        if (event instanceof ItppSubmittedEvent) {
            return approval.afterSubmission();
        }
        if (event instanceof PartnerAgreementRecordedEvent) {
            return approval.afterPartnerAgreement();
        }
        if (event instanceof ItppCirculatedEvent circulated) {
            return approval.afterCirculation(circulated.silenceEnds(), circulated.allies());
        }
        if (event instanceof SilenceBrokenEvent || event instanceof SilenceProcedureLapsedEvent) {
            return approval.afterFailure();
        }
        if (event instanceof ItppApprovedEvent) {
            return approval.afterApproval();
        }
        if (event instanceof AmendmentOpenedEvent) {
            return approval.reopened();
        }
        return approval;
    }

    @Override
    public RecordMarking marking() {
        return RecordMarking.restrictedReleasableTo(partnerCode);
    }

    @Override
    public ItppSubmittedEvent submitted() {
        return new ItppSubmittedEvent(itppId);
    }

    @Override
    public PartnerAgreementRecordedEvent partnerAgreed(String partnerCode) {
        return new PartnerAgreementRecordedEvent(itppId, partnerCode);
    }

    @Override
    public ItppCirculatedEvent circulated(Instant silenceEnds, List<String> allies) {
        return new ItppCirculatedEvent(itppId, silenceEnds, allies);
    }

    @Override
    public SilenceBrokenEvent silenceBroken(String allyNation, String reason) {
        return new SilenceBrokenEvent(itppId, allyNation, reason);
    }

    @Override
    public SilenceProcedureLapsedEvent lapsed(String reason) {
        return new SilenceProcedureLapsedEvent(itppId, reason);
    }

    @Override
    public ItppApprovedEvent approved(Instant approvedAt) {
        return new ItppApprovedEvent(itppId, approvedAt);
    }
}
