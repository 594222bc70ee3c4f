package org.oneplan.itpp.query;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerReinstatedEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** itpp-service's local directory of partners and Allies, from {@code oneplan.partner.events}. */
@ApplicationScoped
public class PartnerDirectoryProjection implements Projection {

    @Override
    public String name() {
        return "known-partners";
    }

    @Override
    public String topic() {
        return "oneplan.partner.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (event.is(PartnerRegisteredEvent.class)) {
            PartnerRegisteredEvent registered = event.data(PartnerRegisteredEvent.class);
            KnownPartnerEntry partner = new KnownPartnerEntry();
            partner.id = registered.partnerId();
            partner.code = registered.code();
            partner.suspended = false;
            return partner.persist().replaceWithVoid();
        }
        if (event.is(PartnerSuspendedEvent.class)) {
            return setSuspended(event.data(PartnerSuspendedEvent.class).partnerId(), true);
        }
        if (event.is(PartnerReinstatedEvent.class)) {
            return setSuspended(event.data(PartnerReinstatedEvent.class).partnerId(), false);
        }
        if (event.is(AllyAdmittedEvent.class)) {
            AllyAdmittedEvent admitted = event.data(AllyAdmittedEvent.class);
            RosterEntry ally = new RosterEntry();
            ally.code = admitted.code();
            ally.name = admitted.name();
            ally.accessionDate = admitted.accessionDate();
            return ally.persist().replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> clear() {
        return KnownPartnerEntry.deleteAll()
                .chain(deleted -> RosterEntry.deleteAll())
                .replaceWithVoid();
    }

    private static Uni<Void> setSuspended(UUID partnerId, boolean suspended) {
        return KnownPartnerEntry.<KnownPartnerEntry>findById(partnerId)
                .invoke(partner -> {
                    if (partner != null) {
                        partner.suspended = suspended;
                    }
                })
                .replaceWithVoid();
    }
}
