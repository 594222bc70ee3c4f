package org.oneplan.assessment.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentCommand;
import org.oneplan.assessment.api.AssessmentIds;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.itpp.ItppCycleYearBeganEvent;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppEvent;
import org.oneplan.platform.projection.EventCatalog;
import org.oneplan.platform.projection.Projection;
import org.oneplan.platform.projection.PublishedEvent;
import org.oneplan.platform.reaction.EventReactions;

/**
 * Opens the mid-term assessment (output 4) when year 2 of an ITPP's cycle begins, and the end-of-cycle
 * assessment (output 5) when year 4 begins (flow itpp → assessment), pre-filled with the ITPP's goals, their
 * milestones' progress and the activities serving them (and, at the end of the cycle, its objectives).
 *
 * <p>One consumer both keeps the ITPP view ({@link ItppView}) and reacts: an ITPP's events share a Kafka key,
 * so they come in order on one partition, and the view has folded every event before
 * {@code ItppCycleYearBegan} when the reaction reads it. Two consumers would have no such order. The
 * assessment's id derives from the ITPP and the kind, so meeting the event again (redelivery, rebuild)
 * opens nothing twice ({@code ALREADY_DONE}).
 */
@ApplicationScoped
public class ItppAssessmentOpenings implements Projection {

    private static final Logger LOG = Logger.getLogger(ItppAssessmentOpenings.class);
    /** Output 4 when year 2 of the cycle begins, output 5 when year 4 does. */
    private static final Map<Integer, AssessmentKind> OPENED_IN_YEAR =
            Map.of(2, AssessmentKind.MID_TERM, 4, AssessmentKind.END_OF_CYCLE);

    private static final EventCatalog ITPP_EVENTS = EventCatalog.of(ItppEvent.class);

    private final EventReactions reactions;

    ItppAssessmentOpenings(EventReactions reactions) {
        this.reactions = reactions;
    }

    @Override
    public String name() {
        return "itpp-assessment-openings";
    }

    @Override
    public String topic() {
        return "oneplan.itpp.events";
    }

    @Override
    public Uni<Void> apply(PublishedEvent event) {
        Optional<Object> decoded = ITPP_EVENTS.decode(event);
        if (decoded.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ItppEvent itppEvent = (ItppEvent) decoded.get();
        return ItppViewEntry.<ItppViewEntry>findById(itppEvent.itppId()).chain(entry -> {
            if (entry == null && !(itppEvent instanceof ItppDraftedEvent)) {
                LOG.warnf(
                        "%s %s names ITPP %s, never seen drafted: passed by",
                        event.name(), event.id(), itppEvent.itppId());
                return Uni.createFrom().voidItem();
            }
            ItppView after = ItppView.fold(entry == null ? null : entry.view(), itppEvent);
            Uni<Void> kept = keep(entry, after);
            if (itppEvent instanceof ItppCycleYearBeganEvent began && OPENED_IN_YEAR.containsKey(began.cycleYear())) {
                return kept.chain(() -> open(event, after, OPENED_IN_YEAR.get(began.cycleYear())));
            }
            return kept;
        });
    }

    private static Uni<Void> keep(ItppViewEntry known, ItppView view) {
        if (known != null) {
            known.write(view); // a managed entity: written when the projection's transaction commits
            return Uni.createFrom().voidItem();
        }
        ItppViewEntry entry = new ItppViewEntry();
        entry.write(view);
        return entry.persist().replaceWithVoid();
    }

    private Uni<Void> open(PublishedEvent cause, ItppView itpp, AssessmentKind kind) {
        return reactions
                .send(
                        cause,
                        new OpenItppAssessmentCommand(
                                AssessmentIds.of(itpp.itppId(), kind),
                                kind,
                                itpp.itppId(),
                                itpp.partnerId(),
                                itpp.partnerCode(),
                                itpp.cycleStartYear(),
                                itpp.objectives(),
                                itpp.baseline()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> clear() {
        return ItppViewEntry.deleteAll().replaceWithVoid();
    }
}
