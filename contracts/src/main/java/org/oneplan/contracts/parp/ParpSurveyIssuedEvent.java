package org.oneplan.contracts.parp;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** Staff issued the cycle's PARP survey, with the questions of this cycle, to be answered by {@code dueDate}. */
@DomainEvent(context = "parp")
public record ParpSurveyIssuedEvent(UUID parpCycleId, List<String> questionsOfTheCycle, LocalDate dueDate)
        implements ParpEvent {

    public ParpSurveyIssuedEvent {
        questionsOfTheCycle = List.copyOf(questionsOfTheCycle);
    }
}
