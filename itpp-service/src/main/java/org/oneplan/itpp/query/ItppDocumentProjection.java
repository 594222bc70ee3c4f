package org.oneplan.itpp.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCirculatedEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.ItppSubmittedEvent;
import org.oneplan.contracts.itpp.PartnerAgreementRecordedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalAddedEvent;
import org.oneplan.contracts.itpp.PartnershipGoalWithdrawnEvent;
import org.oneplan.contracts.itpp.SilenceBrokenEvent;
import org.oneplan.contracts.itpp.SilenceProcedureLapsedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveAddedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveRevisedEvent;
import org.oneplan.contracts.itpp.StrategicObjectiveWithdrawnEvent;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** ITPP documents as staff, Allies and partners read them, from {@code oneplan.itpp.events}. */
@ApplicationScoped
public class ItppDocumentProjection implements Projection {

    @Override
    public String name() {
        return "itpp-documents";
    }

    @Override
    public String topic() {
        return "oneplan.itpp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (event.is(ItppDraftedEvent.class)) {
            ItppDraftedEvent drafted = event.data(ItppDraftedEvent.class);
            ItppEntry itpp = new ItppEntry();
            itpp.id = drafted.itppId();
            itpp.partnerId = drafted.partnerId();
            itpp.partnerCode = drafted.partnerCode();
            itpp.cycleStartYear = drafted.cycleStartYear();
            itpp.status = ItppStatus.DRAFT;
            itpp.content = ItppContent.empty().toJson();
            itpp.version = event.sequence();
            itpp.updatedAt = event.time();
            return itpp.persist().replaceWithVoid();
        }
        if (event.is(StrategicObjectiveAddedEvent.class)) {
            StrategicObjectiveAddedEvent added = event.data(StrategicObjectiveAddedEvent.class);
            return content(event, added.itppId(), content -> content.withObjective(new ItppContent.Objective(
                    added.objectiveId(), added.title(), added.description(), added.intendedOutcome())));
        }
        if (event.is(StrategicObjectiveRevisedEvent.class)) {
            StrategicObjectiveRevisedEvent revised = event.data(StrategicObjectiveRevisedEvent.class);
            return content(event, revised.itppId(), content -> content.withObjective(new ItppContent.Objective(
                    revised.objectiveId(), revised.title(), revised.description(), revised.intendedOutcome())));
        }
        if (event.is(StrategicObjectiveWithdrawnEvent.class)) {
            StrategicObjectiveWithdrawnEvent withdrawn = event.data(StrategicObjectiveWithdrawnEvent.class);
            return content(event, withdrawn.itppId(), content -> content.withoutObjective(withdrawn.objectiveId()));
        }
        if (event.is(PartnershipGoalAddedEvent.class)) {
            PartnershipGoalAddedEvent added = event.data(PartnershipGoalAddedEvent.class);
            return content(event, added.itppId(), content -> content.withGoal(new ItppContent.Goal(added.goalId(),
                    added.title(), added.expectedOutcome(), added.rationale(), added.objectiveIds(), added.milestones())));
        }
        if (event.is(PartnershipGoalWithdrawnEvent.class)) {
            PartnershipGoalWithdrawnEvent withdrawn = event.data(PartnershipGoalWithdrawnEvent.class);
            return content(event, withdrawn.itppId(), content -> content.withoutGoal(withdrawn.goalId()));
        }
        if (event.is(ItppSubmittedEvent.class)) {
            return change(event, event.data(ItppSubmittedEvent.class).itppId(), itpp -> {
                itpp.status = ItppStatus.SUBMITTED;
                itpp.partnerAgreed = false;
            });
        }
        if (event.is(PartnerAgreementRecordedEvent.class)) {
            return change(event, event.data(PartnerAgreementRecordedEvent.class).itppId(), itpp -> itpp.partnerAgreed = true);
        }
        if (event.is(ItppCirculatedEvent.class)) {
            ItppCirculatedEvent circulated = event.data(ItppCirculatedEvent.class);
            return change(event, circulated.itppId(), itpp -> {
                itpp.status = ItppStatus.CIRCULATED;
                itpp.silenceEnds = circulated.silenceEnds();
            });
        }
        if (event.is(SilenceBrokenEvent.class)) {
            SilenceBrokenEvent broken = event.data(SilenceBrokenEvent.class);
            return change(event, broken.itppId(), itpp -> {
                returnToDraft(itpp);
                itpp.content = ItppContent.fromJson(itpp.content)
                        .withObjection(new ItppContent.Objection(broken.allyNation(), broken.reason())).toJson();
            });
        }
        if (event.is(SilenceProcedureLapsedEvent.class)) {
            return change(event, event.data(SilenceProcedureLapsedEvent.class).itppId(), ItppDocumentProjection::returnToDraft);
        }
        if (event.is(ItppApprovedEvent.class)) {
            ItppApprovedEvent approved = event.data(ItppApprovedEvent.class);
            return change(event, approved.itppId(), itpp -> {
                itpp.status = ItppStatus.APPROVED;
                itpp.approvedAt = approved.approvedAt();
            });
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> clear() {
        return ItppEntry.deleteAll().replaceWithVoid();
    }

    private static void returnToDraft(ItppEntry itpp) {
        itpp.status = ItppStatus.DRAFT;
        itpp.partnerAgreed = false;
        itpp.silenceEnds = null;
    }

    private static Uni<Void> content(PublishedEvent event, UUID itppId,
            java.util.function.UnaryOperator<ItppContent> change) {
        return change(event, itppId, itpp -> itpp.content = change.apply(ItppContent.fromJson(itpp.content)).toJson());
    }

    private static Uni<Void> change(PublishedEvent event, UUID itppId, Consumer<ItppEntry> change) {
        return ItppEntry.<ItppEntry>findById(itppId).invoke(itpp -> {
            if (itpp == null) {
                throw new IllegalStateException("event " + event.id() + " names ITPP " + itppId + " not drafted here");
            }
            change.accept(itpp);
            itpp.version = event.sequence();
            itpp.updatedAt = event.time();
        }).replaceWithVoid();
    }
}
