package org.oneplan.itpp.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentApprovedEvent;
import org.oneplan.itpp.api.ItppCommands.Recommended;
import org.oneplan.itpp.api.ItppCommands.RenewFromAssessmentCommand;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;
import org.oneplan.platform.reaction.EventReactions;

/**
 * Drafts the next cycle's ITPP when the end-of-cycle assessment of an ITPP is approved (flow assessment →
 * itpp), by the renewal path: the goals it recommends carrying over are carried, and its recommended new
 * objectives and goals go with the draft for its drafters. The next cycle's id derives from partner and
 * cycle, so a redelivered approval, or a next cycle staff drafted by hand already, drafts nothing
 * ({@code ALREADY_DONE}); a partner no longer eligible refuses, and the refusal is logged.
 */
@ApplicationScoped
public class NextCycleDrafts implements Projection {

    private final EventReactions reactions;

    NextCycleDrafts(EventReactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public String name() {
        return "next-cycle-drafts";
    }

    @Override
    public String topic() {
        return "oneplan.assessment.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (!event.is(EndOfCycleAssessmentApprovedEvent.class)) {
            return Uni.createFrom().voidItem();
        }
        EndOfCycleAssessmentApprovedEvent approved = event.data(EndOfCycleAssessmentApprovedEvent.class);
        Recommended recommended = new Recommended(
                approved.assessmentId(), approved.recommendations(), approved.newObjectives(), approved.newGoals());
        return reactions
                .send(
                        event,
                        new RenewFromAssessmentCommand(approved.itppId(), approved.carryOverGoalIds(), recommended))
                .replaceWithVoid();
    }

    /** It keeps nothing: the drafts it started are the ITPPs' own events. */
    @Override
    public Uni<Void> clear() {
        return Uni.createFrom().voidItem();
    }
}
