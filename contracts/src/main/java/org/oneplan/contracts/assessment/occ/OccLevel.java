package org.oneplan.contracts.assessment.occ;

/**
 * The four evaluations of a unit, strictly in this order: the partner's self-evaluation of level 1, NATO's
 * evaluation of level 1, then the same for level 2.
 */
public enum OccLevel {
    SEL1,
    NEL1,
    SEL2,
    NEL2;

    /** A self-evaluation, which the partner does of its own unit (a NATO evaluation is staff's). */
    public boolean isSelfEvaluation() {
        return this == SEL1 || this == SEL2;
    }
}
