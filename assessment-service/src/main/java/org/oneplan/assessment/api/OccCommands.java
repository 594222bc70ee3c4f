package org.oneplan.assessment.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccLevel;

/**
 * The commands of OCC Evaluation and Feedback. {@code expectedVersion} is the caller's {@code If-Match};
 * {@code byNation} is the nation of a partner delegation acting, null for staff; {@code today} comes from
 * the service's clock.
 */
public final class OccCommands {

    private OccCommands() {}

    /** One unit of a name per partner: its id derives from both, so a second declaration collides (409). */
    public static UUID idOf(UUID partnerId, String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(("oneplan:occ-unit:" + partnerId + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public record DeclareOccUnitCommand(
            @TargetAggregateIdentifier UUID unitId,
            UUID partnerId,
            String byNation,
            OccDomain domain,
            String name,
            String size,
            String capability) {}

    public record RecordOccEvaluationCommand(
            @TargetAggregateIdentifier UUID unitId,
            @TargetAggregateVersion Long expectedVersion,
            String byNation,
            OccLevel level,
            LocalDate evaluatedOn,
            List<String> evaluators,
            List<CriterionRating> ratings,
            EvaluationResult result,
            LocalDate today) {}

    public record LinkOccGoalsCommand(
            @TargetAggregateIdentifier UUID unitId,
            @TargetAggregateVersion Long expectedVersion,
            UUID itppId,
            List<UUID> goalIds) {}

    public record RecordOccFeedbackCommand(
            @TargetAggregateIdentifier UUID unitId,
            @TargetAggregateVersion Long expectedVersion,
            OccLevel level,
            String feedback) {}
}
