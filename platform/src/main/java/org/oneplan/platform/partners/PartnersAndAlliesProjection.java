package org.oneplan.platform.partners;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.PartnerDetailsUpdatedEvent;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerEvent;
import org.oneplan.contracts.partner.PartnerJoinedFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftProgrammeEvent;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerReinstatedEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;

/** Keeps the partner view ({@link KnownPartners}) from {@code oneplan.partner.events}. */
@ApplicationScoped
@IfBuildProperty(name = KnownPartnersModule.SWITCH, stringValue = "true")
public class PartnersAndAlliesProjection implements Projection {

    private static final EventCatalog EVENTS = EventCatalog.of(PartnerEvent.class);

    @Override
    public String name() {
        return "partners-and-allies";
    }

    @Override
    public String topic() {
        return "oneplan.partner.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (event.is(AllyAdmittedEvent.class)) {
            return admit(event.data(AllyAdmittedEvent.class));
        }
        return EVENTS.decode(event)
                .map(this::apply)
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> apply(Object event) {
        if (event instanceof PartnerRegisteredEvent registered) {
            return register(registered);
        }
        if (event instanceof PartnerSuspendedEvent suspended) {
            return change(suspended.partnerId(), p -> p.suspended = true);
        }
        if (event instanceof PartnerReinstatedEvent reinstated) {
            return change(reinstated.partnerId(), p -> p.suspended = false);
        }
        if (event instanceof PartnerDetailsUpdatedEvent updated) {
            return change(updated.partnerId(), p -> p.membershipActionPlan = updated.membershipActionPlan());
        }
        if (event instanceof PartnerJoinedFrameworkEvent joined) {
            return change(joined.partnerId(), p -> p.frameworks = with(p.frameworks, joined.framework(), true));
        }
        if (event instanceof PartnerLeftFrameworkEvent left) {
            return change(left.partnerId(), p -> p.frameworks = with(p.frameworks, left.framework(), false));
        }
        if (event instanceof PartnerEnrolledInProgrammeEvent enrolled) {
            return change(enrolled.partnerId(), p -> p.programmes = with(p.programmes, enrolled.programme(), true));
        }
        if (event instanceof PartnerLeftProgrammeEvent left) {
            return change(left.partnerId(), p -> p.programmes = with(p.programmes, left.programme(), false));
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> register(PartnerRegisteredEvent registered) {
        return KnownPartnerEntry.<KnownPartnerEntry>findById(registered.partnerId())
                .chain(existing -> {
                    KnownPartnerEntry partner = existing != null ? existing : new KnownPartnerEntry();
                    partner.id = registered.partnerId();
                    partner.code = registered.code();
                    partner.suspended = false;
                    partner.membershipActionPlan = registered.membershipActionPlan();
                    partner.frameworks = "";
                    registered.frameworks().forEach(f -> partner.frameworks = with(partner.frameworks, f, true));
                    return partner.persist();
                })
                .replaceWithVoid();
    }

    private static Uni<Void> admit(AllyAdmittedEvent admitted) {
        return AllyOnRosterEntry.<AllyOnRosterEntry>findById(admitted.code())
                .chain(existing -> {
                    AllyOnRosterEntry ally = existing != null ? existing : new AllyOnRosterEntry();
                    ally.code = admitted.code();
                    ally.name = admitted.name();
                    ally.accessionDate = admitted.accessionDate();
                    return ally.persist();
                })
                .replaceWithVoid();
    }

    private static Uni<Void> change(UUID partnerId, Consumer<KnownPartnerEntry> change) {
        return KnownPartnerEntry.<KnownPartnerEntry>findById(partnerId)
                .invoke(partner -> {
                    if (partner != null) {
                        change.accept(partner);
                    }
                })
                .replaceWithVoid();
    }

    /** The space-separated set {@code names} with {@code value} added or removed, sorted. */
    static String with(String names, Enum<?> value, boolean present) {
        Set<String> set = new TreeSet<>(Set.of(names.isBlank() ? new String[0] : names.split(" ")));
        if (present) {
            set.add(value.name());
        } else {
            set.remove(value.name());
        }
        return String.join(" ", set);
    }

    @Override
    public Uni<Void> clear() {
        return KnownPartnerEntry.deleteAll()
                .chain(deleted -> AllyOnRosterEntry.deleteAll())
                .replaceWithVoid();
    }
}
