package org.oneplan.contracts.assessment.occ;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * One evaluation of a unit recorded: its level, the day it took place, who evaluated (organisations or
 * teams, e.g. "JFC Naples evaluation team", never persons' names), each criterion's rating and the overall
 * result.
 */
@DomainEvent(context = "assessment")
public record OccEvaluationRecordedEvent(
        UUID unitId,
        OccLevel level,
        LocalDate evaluatedOn,
        List<String> evaluators,
        List<CriterionRating> ratings,
        EvaluationResult result)
        implements OccUnitEvent {

    public OccEvaluationRecordedEvent {
        evaluators = List.copyOf(evaluators);
        ratings = List.copyOf(ratings);
    }
}
