package org.oneplan.assessment.command;

import java.util.Map;
import java.util.UUID;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentByHandCommand;
import org.oneplan.assessment.api.AssessmentCommands.OpenItppAssessmentCommand;
import org.oneplan.assessment.api.KnownItpps.KnownItpp;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.EndOfCycleAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpening;
import org.oneplan.platform.domain.InvalidCommand;

/** Which event opens an ITPP assessment of each kind: the end-of-cycle one rates the objectives as well. */
final class ItppAssessmentOpenings {

    private ItppAssessmentOpenings() {}

    static ItppAssessmentOpening opening(OpenItppAssessmentCommand c) {
        KnownItpp itpp = new KnownItpp(
                c.itppId(), c.partnerId(), c.partnerCode(), c.cycleStartYear(), c.objectives(), c.goals(), Map.of());
        return opening(c.assessmentId(), c.kind(), itpp);
    }

    static ItppAssessmentOpening opening(OpenItppAssessmentByHandCommand c, KnownItpp itpp) {
        return opening(c.assessmentId(), c.kind(), itpp);
    }

    private static ItppAssessmentOpening opening(UUID assessmentId, AssessmentKind kind, KnownItpp itpp) {
        if (kind == null) {
            throw new InvalidCommand("kind", "Name the kind of assessment");
        }
        if (kind == AssessmentKind.END_OF_CYCLE) {
            return new EndOfCycleAssessmentOpenedEvent(
                    assessmentId,
                    itpp.itppId(),
                    itpp.partnerId(),
                    itpp.partnerCode(),
                    itpp.cycleStartYear(),
                    itpp.objectives(),
                    itpp.goals());
        }
        return new ItppAssessmentOpenedEvent(
                assessmentId,
                kind,
                itpp.itppId(),
                itpp.partnerId(),
                itpp.partnerCode(),
                itpp.cycleStartYear(),
                itpp.goals());
    }
}
