package org.oneplan.partner.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.Consumer;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerDetailsUpdatedEvent;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerJoinedFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftProgrammeEvent;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerReinstatedEvent;
import org.oneplan.contracts.partner.PartnerStatus;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.contracts.partner.PredecessorProgrammeRecordedEvent;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** The partner directory and the Ally roster, fed from {@code oneplan.partner.events}. */
@ApplicationScoped
public class PartnerDirectoryProjection implements Projection {

    @Override
    public String name() {
        return "partner-directory";
    }

    @Override
    public String topic() {
        return "oneplan.partner.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (event.is(PartnerRegisteredEvent.class)) {
            return register(event, event.data(PartnerRegisteredEvent.class));
        }
        if (event.is(AllyAdmittedEvent.class)) {
            AllyAdmittedEvent admitted = event.data(AllyAdmittedEvent.class);
            AllyEntry ally = new AllyEntry();
            ally.id = admitted.allyId();
            ally.code = admitted.code();
            ally.name = admitted.name();
            ally.accessionDate = admitted.accessionDate();
            return ally.persist().replaceWithVoid();
        }
        if (event.is(PartnerDetailsUpdatedEvent.class)) {
            PartnerDetailsUpdatedEvent updated = event.data(PartnerDetailsUpdatedEvent.class);
            return change(event, updated.partnerId(), partner -> {
                partner.name = updated.name();
                partner.membershipActionPlan = updated.membershipActionPlan();
            });
        }
        if (event.is(PartnerJoinedFrameworkEvent.class)) {
            PartnerJoinedFrameworkEvent joined = event.data(PartnerJoinedFrameworkEvent.class);
            return change(
                    event,
                    joined.partnerId(),
                    partner -> partner.frameworks =
                            CodeList.with(partner.frameworks, joined.framework(), Framework.class));
        }
        if (event.is(PartnerLeftFrameworkEvent.class)) {
            PartnerLeftFrameworkEvent left = event.data(PartnerLeftFrameworkEvent.class);
            return change(
                    event,
                    left.partnerId(),
                    partner -> partner.frameworks =
                            CodeList.without(partner.frameworks, left.framework(), Framework.class));
        }
        if (event.is(PartnerSuspendedEvent.class)) {
            PartnerSuspendedEvent suspended = event.data(PartnerSuspendedEvent.class);
            return change(event, suspended.partnerId(), partner -> {
                partner.status = PartnerStatus.SUSPENDED;
                partner.suspendedOn = suspended.suspendedOn();
                partner.suspensionReason = suspended.reason();
            });
        }
        if (event.is(PartnerReinstatedEvent.class)) {
            PartnerReinstatedEvent reinstated = event.data(PartnerReinstatedEvent.class);
            return change(event, reinstated.partnerId(), partner -> {
                partner.status = PartnerStatus.ACTIVE;
                partner.suspendedOn = null;
                partner.suspensionReason = null;
            });
        }
        if (event.is(PartnerEnrolledInProgrammeEvent.class)) {
            PartnerEnrolledInProgrammeEvent enrolled = event.data(PartnerEnrolledInProgrammeEvent.class);
            return change(event, enrolled.partnerId(), partner -> {
                partner.programmes = CodeList.with(partner.programmes, enrolled.programme(), Programme.class);
                partner.participation = Participation.fromJson(partner.participation)
                        .enrol(enrolled.programme(), enrolled.enrolledOn(), enrolled.nacDecision())
                        .toJson();
            });
        }
        if (event.is(PartnerLeftProgrammeEvent.class)) {
            PartnerLeftProgrammeEvent left = event.data(PartnerLeftProgrammeEvent.class);
            return change(event, left.partnerId(), partner -> {
                partner.programmes = CodeList.without(partner.programmes, left.programme(), Programme.class);
                partner.participation = Participation.fromJson(partner.participation)
                        .leave(left.programme(), left.leftOn())
                        .toJson();
            });
        }
        if (event.is(PredecessorProgrammeRecordedEvent.class)) {
            PredecessorProgrammeRecordedEvent recorded = event.data(PredecessorProgrammeRecordedEvent.class);
            return change(
                    event,
                    recorded.partnerId(),
                    partner -> partner.participation = Participation.fromJson(partner.participation)
                            .withPredecessor(recorded.programme(), recorded.from(), recorded.until())
                            .toJson());
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> clear() {
        return PartnerEntry.deleteAll().chain(deleted -> AllyEntry.deleteAll()).replaceWithVoid();
    }

    private Uni<Void> register(PublishedEvent event, PartnerRegisteredEvent registered) {
        PartnerEntry partner = new PartnerEntry();
        partner.id = registered.partnerId();
        partner.code = registered.code();
        partner.name = registered.name();
        partner.kind = registered.kind();
        partner.frameworks = CodeList.of(registered.frameworks());
        partner.programmes = ",";
        partner.membershipActionPlan = registered.membershipActionPlan();
        partner.status = PartnerStatus.ACTIVE;
        partner.registeredOn = registered.registeredOn();
        partner.participation = Participation.none().toJson();
        partner.version = event.sequence();
        partner.updatedAt = event.time();
        return partner.persist().replaceWithVoid();
    }

    private Uni<Void> change(PublishedEvent event, UUID partnerId, Consumer<PartnerEntry> change) {
        return PartnerEntry.<PartnerEntry>findById(partnerId)
                .invoke(partner -> {
                    if (partner == null) {
                        throw new IllegalStateException("event " + event.id() + " names partner " + partnerId
                                + " that the directory has not registered");
                    }
                    change.accept(partner);
                    partner.version = event.sequence();
                    partner.updatedAt = event.time();
                })
                .replaceWithVoid();
    }
}
