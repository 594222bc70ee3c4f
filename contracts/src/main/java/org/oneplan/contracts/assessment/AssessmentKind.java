package org.oneplan.contracts.assessment;

/** Which of an ITPP cycle's two assessments: output 4 in year 2, output 5 in year 4. */
public enum AssessmentKind {
    MID_TERM,
    END_OF_CYCLE
}
