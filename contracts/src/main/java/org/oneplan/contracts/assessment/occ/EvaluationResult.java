package org.oneplan.contracts.assessment.occ;

/** The overall result of one evaluation; a failed NATO evaluation can be repeated. */
public enum EvaluationResult {
    PASSED,
    FAILED
}
