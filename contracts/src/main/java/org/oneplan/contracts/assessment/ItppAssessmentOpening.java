package org.oneplan.contracts.assessment;

import java.util.List;
import java.util.UUID;

/**
 * What every opening of an ITPP assessment says, whichever its kind: the ITPP, its partner and cycle, and
 * what the assessment rates. The mid-term rates goals; the end-of-cycle rates objectives too.
 */
public interface ItppAssessmentOpening {

    UUID assessmentId();

    AssessmentKind kind();

    UUID itppId();

    UUID partnerId();

    String partnerCode();

    int cycleStartYear();

    List<GoalBaseline> goals();

    List<ObjectiveBaseline> objectives();

    /** 1 for the assessment as first opened; a correction of an approved one is the next revision. */
    default int revision() {
        return 1;
    }

    /** The approved assessment a revision corrects; none for the first. */
    default UUID revisionOf() {
        return null;
    }
}
