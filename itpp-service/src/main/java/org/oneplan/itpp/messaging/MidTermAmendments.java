package org.oneplan.itpp.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.ItppAssessmentApprovedEvent;
import org.oneplan.itpp.api.ItppCommands.OpenAmendmentCommand;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;
import org.oneplan.platform.reaction.EventReactions;

/**
 * Opens an amendment of an ITPP when its mid-term assessment is approved (flow assessment → itpp): the
 * amendment's reason names the assessment and carries its recommendations, so the amended output 3 starts
 * from them. An ITPP that cannot be amended now (already amending, not approved, cycle over) refuses: the
 * refusal is logged and not retried, and staff amend by hand. A redelivered approval meets an ITPP already
 * amending and is refused the same way, so the amendment opens once.
 */
@ApplicationScoped
public class MidTermAmendments implements Projection {

    private final EventReactions reactions;

    MidTermAmendments(EventReactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public String name() {
        return "mid-term-amendments";
    }

    @Override
    public String topic() {
        return "oneplan.assessment.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        if (!event.is(ItppAssessmentApprovedEvent.class)) {
            return Uni.createFrom().voidItem();
        }
        ItppAssessmentApprovedEvent approved = event.data(ItppAssessmentApprovedEvent.class);
        if (approved.kind() != AssessmentKind.MID_TERM) {
            return Uni.createFrom().voidItem();
        }
        return reactions
                .send(event, new OpenAmendmentCommand(approved.itppId(), null, reason(approved)))
                .replaceWithVoid();
    }

    static String reason(ItppAssessmentApprovedEvent approved) {
        return "Mid-term assessment " + approved.assessmentId() + " approved " + approved.approvedAt()
                + ". Recommendations: " + approved.recommendations();
    }

    /** It keeps nothing: the amendments it opened are the ITPPs' own events. */
    @Override
    public Uni<Void> clear() {
        return Uni.createFrom().voidItem();
    }
}
