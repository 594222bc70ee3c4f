package org.oneplan.catalogue.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.oneplan.catalogue.api.ParticipantVault;
import org.oneplan.catalogue.query.ParticipantDocument;
import org.oneplan.catalogue.query.ParticipantQueries;
import org.oneplan.platform.config.OnePlanConfig;
import org.oneplan.platform.identity.Actor;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.projection.ReadModels;
import org.oneplan.platform.rest.Page;
import org.oneplan.platform.rest.ProblemException;

/**
 * Who reads which participant: the registering nation's delegation and NATO staff see the details (opened
 * with the person's key on a worker thread), inspectors see the record without them, any other delegation is
 * told the participant does not exist.
 */
@RequestScoped
public class ParticipantReaders {

    private final ParticipantQueries queries;
    private final ParticipantVault vault;
    private final CurrentActor actor;
    private final OnePlanConfig config;

    ParticipantReaders(ParticipantQueries queries, ParticipantVault vault, CurrentActor actor, OnePlanConfig config) {
        this.queries = queries;
        this.vault = vault;
        this.actor = actor;
        this.config = config;
    }

    /** The nation a delegation is bound to; null for staff, administrators and inspectors. */
    String boundNation() {
        Actor caller = actor.get();
        boolean delegation = caller.is(Roles.ALLY) || caller.is(Roles.PARTNER);
        return delegation ? Offerers.nationOf(caller) : null;
    }

    Uni<ParticipantView> one(UUID id, Long minVersion) {
        Uni<ParticipantDocument> read = minVersion == null
                ? queries.find(id)
                : ReadModels.awaitUntil(
                        () -> queries.find(id),
                        found -> found != null && found.version() >= minVersion,
                        config.projections().maxWait());
        boolean inspector = actor.get().is(Roles.INSPECTOR);
        String bound = boundNation();
        return read.map(found -> {
                    if (found == null || (bound != null && !bound.equals(found.nation()))) {
                        throw ProblemException.notFound("participant " + id);
                    }
                    return found;
                })
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> inspector ? ParticipantView.withheld(found) : view(found));
    }

    /** Refuses (404) a change of another nation's participant before it is tried. */
    Uni<Void> changeable(UUID id) {
        return one(id, null).replaceWithVoid();
    }

    Uni<Page<ParticipantView>> list(String nation, int page, int size) {
        String bound = boundNation();
        boolean inspector = actor.get().is(Roles.INSPECTOR);
        return queries.list(bound != null ? bound : nation, page, size)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> new Page<>(
                        found.items().stream()
                                .map(participant ->
                                        inspector ? ParticipantView.withheld(participant) : view(participant))
                                .toList(),
                        found.page(),
                        found.size(),
                        found.total()));
    }

    private ParticipantView view(ParticipantDocument participant) {
        if (participant.erased()) {
            return ParticipantView.withheld(participant);
        }
        return vault.open(participant.id(), participant.sealedDetails())
                .map(details -> ParticipantView.shown(participant, details))
                .orElseGet(() -> ParticipantView.withheld(participant));
    }
}
