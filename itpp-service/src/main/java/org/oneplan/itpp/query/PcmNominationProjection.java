package org.oneplan.itpp.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.oneplan.contracts.catalogue.AttendanceRecordedEvent;
import org.oneplan.contracts.catalogue.IterationCancelledEvent;
import org.oneplan.contracts.catalogue.NominationAcceptedEvent;
import org.oneplan.contracts.catalogue.NominationEvent;
import org.oneplan.contracts.catalogue.NominationRefusedEvent;
import org.oneplan.contracts.catalogue.NominationWaitlistedEvent;
import org.oneplan.contracts.catalogue.NominationWithdrawnEvent;
import org.oneplan.contracts.catalogue.ParticipantNominatedEvent;
import org.oneplan.itpp.query.PcmNominationEntry.Status;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/**
 * The PCM nominations from {@code oneplan.catalogue.events}, nation by nation, so that an ITPP's activity
 * that refers to a catalogue event shows its partner's nominees, attendance and completion. Every other
 * catalogue event is skipped; each change is set, not added, so a redelivered record changes nothing.
 */
@ApplicationScoped
public class PcmNominationProjection implements Projection {

    private static final Logger LOG = Logger.getLogger(PcmNominationProjection.class);
    private static final EventCatalog EVENTS = EventCatalog.of(NominationEvent.class);

    @Override
    public String name() {
        return "pcm-nominations";
    }

    @Override
    public String topic() {
        return "oneplan.catalogue.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        Object payload = EVENTS.decode(event).orElse(null);
        if (payload instanceof ParticipantNominatedEvent nominated) {
            return nominate(nominated);
        }
        if (payload instanceof NominationAcceptedEvent e) {
            return set(e.nominationId(), Status.ACCEPTED);
        }
        if (payload instanceof NominationWaitlistedEvent e) {
            return set(e.nominationId(), Status.WAITLISTED);
        }
        if (payload instanceof NominationRefusedEvent e) {
            return set(e.nominationId(), Status.REFUSED);
        }
        if (payload instanceof NominationWithdrawnEvent e) {
            return set(e.nominationId(), Status.WITHDRAWN);
        }
        if (payload instanceof IterationCancelledEvent e) {
            return PcmNominationEntry.update(
                            "status = ?1 where iterationId = ?2", Status.ITERATION_CANCELLED, e.iterationId())
                    .replaceWithVoid();
        }
        if (payload instanceof AttendanceRecordedEvent e) {
            return PcmNominationEntry.<PcmNominationEntry>findById(e.nominationId())
                    .invoke(entry -> {
                        if (entry != null) {
                            entry.attendance = e.attendance();
                            entry.completed = e.completed();
                        }
                    })
                    .replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> nominate(ParticipantNominatedEvent nominated) {
        return PcmNominationEntry.<PcmNominationEntry>findById(nominated.nominationId())
                .chain(known -> {
                    if (known != null) {
                        return Uni.createFrom().voidItem();
                    }
                    PcmNominationEntry entry = new PcmNominationEntry();
                    entry.nominationId = nominated.nominationId();
                    entry.contributionId = nominated.contributionId();
                    entry.iterationId = nominated.iterationId();
                    entry.nation = nominated.nation();
                    entry.status = Status.NOMINATED;
                    return entry.persist().replaceWithVoid();
                });
    }

    private static Uni<Void> set(java.util.UUID nominationId, Status status) {
        return PcmNominationEntry.<PcmNominationEntry>findById(nominationId)
                .invoke(entry -> {
                    if (entry == null) {
                        // A nomination is published before what happens to it, on the same key.
                        LOG.warnf("nomination %s is not known: its %s is skipped", nominationId, status);
                        return;
                    }
                    entry.status = status;
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return PcmNominationEntry.deleteAll().replaceWithVoid();
    }
}
