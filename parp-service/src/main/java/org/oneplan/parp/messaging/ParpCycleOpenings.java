package org.oneplan.parp.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.oneplan.contracts.itpp.ItppApprovedEvent;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.parp.api.ParpCommands.OpenParpCycleCommand;
import org.oneplan.parp.api.ParpIds;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;
import org.oneplan.platform.reaction.EventReactions;

/**
 * Opens PARP cycles as the ITPP calendar turns (flow itpp → parp): an approved ITPP opens its partner's
 * cycle 1 (the ITPP cycle's years 1-2); year 3 of the ITPP cycle opens cycle 2 (years 3-4). A partner not
 * enrolled in PARP gets none: the refusal is logged, not retried. An amendment's approval meets the cycle
 * already open and changes nothing.
 *
 * <p>It remembers each ITPP's partner and cycle from its draft, which comes first on the same Kafka key.
 */
@ApplicationScoped
public class ParpCycleOpenings implements Projection {

    private static final Logger LOG = Logger.getLogger(ParpCycleOpenings.class);
    private static final int SECOND_PARP_CYCLE_YEAR = 3;

    private final EventReactions reactions;

    ParpCycleOpenings(EventReactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public String name() {
        return "parp-cycle-openings";
    }

    @Override
    public String topic() {
        return "oneplan.itpp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (event.is(ItppDraftedEvent.class)) {
            return remember(event.data(ItppDraftedEvent.class));
        }
        if (event.is(ItppApprovedEvent.class)) {
            return open(event, event.data(ItppApprovedEvent.class).itppId(), 0);
        }
        if (event.is(ItppCycleYearBeganEvent.class)) {
            ItppCycleYearBeganEvent began = event.data(ItppCycleYearBeganEvent.class);
            if (began.cycleYear() == SECOND_PARP_CYCLE_YEAR) {
                return open(event, began.itppId(), SECOND_PARP_CYCLE_YEAR - 1);
            }
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> remember(ItppDraftedEvent drafted) {
        return ItppCycleEntry.<ItppCycleEntry>findById(drafted.itppId()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            ItppCycleEntry entry = new ItppCycleEntry();
            entry.itppId = drafted.itppId();
            entry.partnerId = drafted.partnerId();
            entry.partnerCode = drafted.partnerCode();
            entry.cycleStartYear = drafted.cycleStartYear();
            return entry.persist().replaceWithVoid();
        });
    }

    /** Opens the PARP cycle starting {@code yearsIn} years into the ITPP's cycle. */
    private Uni<Void> open(PublishedEvent cause, UUID itppId, int yearsIn) {
        return ItppCycleEntry.<ItppCycleEntry>findById(itppId).chain(itpp -> {
            if (itpp == null) {
                LOG.warnf(
                        "%s %s names ITPP %s, never seen drafted: no PARP cycle opened",
                        cause.name(), cause.id(), itppId);
                return Uni.createFrom().voidItem();
            }
            int startYear = itpp.cycleStartYear + yearsIn;
            return reactions
                    .send(
                            cause,
                            new OpenParpCycleCommand(
                                    ParpIds.cycle(itpp.partnerId, startYear), itpp.partnerId, startYear, itppId))
                    .replaceWithVoid();
        });
    }

    @Override
    public Uni<Void> clear() {
        return ItppCycleEntry.deleteAll().replaceWithVoid();
    }
}
