package org.oneplan.assessment.api;

import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.OccLevel;

/**
 * The order of a unit's evaluations, which the write side enforces and the read side shows: SEL1, NEL1,
 * SEL2, NEL2. A NATO evaluation follows the self-evaluation whatever it concluded (NATO's evaluation
 * decides); a failed NATO evaluation is repeated at the same level; a passed one opens the next level.
 */
public final class OccSequence {

    private OccSequence() {}

    /** The evaluation due after {@code last} ended with {@code result}; null once NEL2 has passed. */
    public static OccLevel next(OccLevel last, EvaluationResult result) {
        if (last == null) {
            return OccLevel.SEL1;
        }
        switch (last) {
            case SEL1:
                return OccLevel.NEL1;
            case NEL1:
                return result == EvaluationResult.PASSED ? OccLevel.SEL2 : OccLevel.NEL1;
            case SEL2:
                return OccLevel.NEL2;
            default:
                return result == EvaluationResult.PASSED ? null : OccLevel.NEL2;
        }
    }
}
