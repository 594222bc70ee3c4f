package org.oneplan.catalogue.command;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.catalogue.AnnualCatalogueCirculatedEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueEvent;
import org.oneplan.contracts.catalogue.AnnualCataloguePublishedEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSilenceBrokenEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSubmittedEvent;
import org.oneplan.platform.approval.ApprovalEvents;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.axon.RecordMarking;

/**
 * The annual catalogue is NATO's offer: the Allies alone approve its publication under silence. The
 * publication lists the events submitted with it.
 */
record CatalogueApproval(UUID catalogueId, int year, List<UUID> contributionIds) implements ApprovalEvents {

    /** Names the approval's refusals: {@code catalogue-not-in-draft}, {@code catalogue-approved}, ... */
    static final String KIND = "catalogue";

    static ConsensusApproval start() {
        return ConsensusApproval.byAlliesAlone(KIND);
    }

    static ConsensusApproval after(ConsensusApproval approval, AnnualCatalogueEvent event) {
        if (event instanceof AnnualCatalogueSubmittedEvent) {
            return approval.afterSubmission();
        }
        if (event instanceof AnnualCatalogueCirculatedEvent circulated) {
            return approval.afterCirculation(circulated.silenceEnds(), circulated.allies());
        }
        if (event instanceof AnnualCatalogueSilenceBrokenEvent) {
            return approval.afterFailure();
        }
        if (event instanceof AnnualCataloguePublishedEvent) {
            return approval.afterApproval();
        }
        return approval;
    }

    @Override
    public RecordMarking marking() {
        return CatalogueMarking.UNCLASSIFIED;
    }

    @Override
    public AnnualCatalogueSubmittedEvent submitted() {
        return new AnnualCatalogueSubmittedEvent(catalogueId, year, contributionIds);
    }

    /** Never asked: no partner co-owns the catalogue. */
    @Override
    public Object partnerAgreed(String partnerCode) {
        throw new IllegalStateException("the catalogue is approved by the Allies alone");
    }

    @Override
    public AnnualCatalogueCirculatedEvent circulated(Instant silenceEnds, List<String> allies) {
        return new AnnualCatalogueCirculatedEvent(catalogueId, silenceEnds, allies);
    }

    @Override
    public AnnualCatalogueSilenceBrokenEvent silenceBroken(String allyNation, String reason) {
        return new AnnualCatalogueSilenceBrokenEvent(catalogueId, allyNation, reason);
    }

    /** Never asked: a procedure lapses only for want of a co-owner's agreement, and there is no co-owner. */
    @Override
    public Object lapsed(String reason) {
        throw new IllegalStateException("the catalogue has no co-owner whose agreement could be missing");
    }

    @Override
    public AnnualCataloguePublishedEvent approved(Instant approvedAt) {
        return new AnnualCataloguePublishedEvent(catalogueId, year, approvedAt, contributionIds);
    }
}
