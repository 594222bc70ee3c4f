package org.oneplan.itpp.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oneplan.itpp.api.ItppCommands.CarriedGoal;
import org.oneplan.itpp.api.ItppCommands.CarriedObjective;
import org.oneplan.itpp.api.ItppCommands.DraftNextCycleCommand;
import org.oneplan.itpp.api.ItppCommands.OpenAmendmentCommand;
import org.oneplan.itpp.api.ItppIds;
import org.oneplan.itpp.api.ItppRequests;
import org.oneplan.itpp.query.ItppDocument;
import org.oneplan.platform.axon.Commands;
import org.oneplan.platform.history.EventHistory;
import org.oneplan.platform.history.HistoryEntry;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.CommandAccepted;
import org.oneplan.platform.rest.ProblemException;
import org.oneplan.platform.rest.Versions;

/** Changing an approved ITPP (amendments) and moving on to the next cycle (renewal). */
@Path("/itpps/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
public class ItppCycleResource {

    private final Commands commands;
    private final EventHistory history;

    ItppCycleResource(Commands commands, EventHistory history) {
        this.commands = commands;
        this.history = history;
    }

    /** Opens an amendment of the approved text after the mid-term; it goes to approval like the original. */
    @POST
    @Path("/amendments")
    public Response openAmendment(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ItppRequests.Amendment request) {
        return CommandAccepted.ok(
                id,
                commands.send(
                        new OpenAmendmentCommand(id, Versions.fromIfMatch(ifMatch), request.reason()),
                        request.reason()));
    }

    /**
     * Drafts the next cycle's ITPP for the same partner, carrying over the chosen goals and the objectives
     * they serve, under new ids. The source is the event store, not the read model: what is carried over
     * is exactly what was recorded.
     */
    @POST
    @Path("/renewal")
    public Response renew(@PathParam("id") UUID id, @Valid @NotNull ItppRequests.Renewal request) {
        ItppDocument previous = null;
        for (HistoryEntry entry : history.of(id.toString(), null)) {
            previous = ItppDocument.fold(previous, entry.data(), entry.version());
        }
        if (previous == null) {
            throw ProblemException.notFound("ITPP " + id);
        }
        Map<UUID, UUID> newObjectiveIds = new HashMap<>();
        Set<UUID> servedObjectives = new LinkedHashSet<>();
        List<ItppDocument.Goal> chosen = previous.goals().stream()
                .filter(g -> request.goalIds().contains(g.id()))
                .toList();
        if (chosen.size() != Set.copyOf(request.goalIds()).size()) {
            throw ProblemException.badRequest("goalIds must name current goals of ITPP " + id);
        }
        chosen.forEach(goal -> servedObjectives.addAll(goal.objectiveIds()));
        servedObjectives.forEach(objectiveId -> newObjectiveIds.put(objectiveId, UUID.randomUUID()));
        List<CarriedObjective> objectives = previous.objectives().stream()
                .filter(o -> servedObjectives.contains(o.id()))
                .map(o -> new CarriedObjective(
                        newObjectiveIds.get(o.id()), o.title(), o.description(), o.intendedOutcome()))
                .toList();
        List<CarriedGoal> goals = chosen.stream()
                .map(g -> new CarriedGoal(
                        g.id(),
                        UUID.randomUUID(),
                        g.title(),
                        g.expectedOutcome(),
                        g.rationale(),
                        g.objectiveIds().stream().map(newObjectiveIds::get).toList(),
                        g.indicators()))
                .toList();
        int nextCycle = previous.cycleStartYear() + 4;
        UUID next = ItppIds.of(previous.partnerId(), nextCycle);
        commands.send(new DraftNextCycleCommand(next, previous.partnerId(), nextCycle, id, objectives, goals));
        return CommandAccepted.created(URI.create("/itpps/" + next), next, 1L + objectives.size() + goals.size());
    }
}
