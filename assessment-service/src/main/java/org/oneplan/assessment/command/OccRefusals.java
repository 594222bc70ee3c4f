package org.oneplan.assessment.command;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The named ways a command on an OCC unit can be refused (answered 422). */
public final class OccRefusals {

    private OccRefusals() {}

    public static final class NotOwnUnit extends DomainRuleViolation {
        NotOwnUnit() {
            super("not-this-partner", "A partner delegation declares and self-evaluates its own nation's units only");
        }
    }

    public static final class EvaluationOutOfOrder extends DomainRuleViolation {
        EvaluationOutOfOrder(OccLevel expected, OccLevel given) {
            super(
                    "occ-evaluation-out-of-order",
                    "Evaluations go SEL1, NEL1, SEL2, NEL2 (a failed NATO evaluation is repeated): " + expected
                            + " is due, not " + given);
        }
    }

    public static final class EvaluationComplete extends DomainRuleViolation {
        EvaluationComplete() {
            super("occ-evaluation-complete", "The unit passed its level 2 NATO evaluation: nothing follows it");
        }
    }

    public static final class SelfEvaluationByPartner extends DomainRuleViolation {
        SelfEvaluationByPartner(OccLevel level) {
            super("self-evaluation-by-partner", level + " is the partner's self-evaluation: its delegation records it");
        }
    }

    public static final class NatoEvaluationByStaff extends DomainRuleViolation {
        NatoEvaluationByStaff(OccLevel level) {
            super("nato-evaluation-by-staff", level + " is NATO's evaluation: staff record it");
        }
    }

    public static final class EvaluationBeforePrevious extends DomainRuleViolation {
        EvaluationBeforePrevious(LocalDate previous) {
            super(
                    "occ-evaluation-before-previous",
                    "An evaluation cannot be dated before the previous one (" + previous + ")");
        }
    }

    public static final class CriterionRatedTwice extends DomainRuleViolation {
        CriterionRatedTwice(String criterion) {
            super("criterion-rated-twice", "Criterion '" + criterion + "' is rated more than once in this evaluation");
        }
    }

    public static final class ItppOfAnotherPartner extends DomainRuleViolation {
        ItppOfAnotherPartner(UUID itppId) {
            super("itpp-of-another-partner", "ITPP " + itppId + " is not the ITPP of the unit's partner");
        }
    }

    public static final class GoalNotInItpp extends DomainRuleViolation {
        GoalNotInItpp(UUID goalId) {
            super("goal-not-in-itpp", "Goal " + goalId + " is not a partnership goal of the ITPP named");
        }
    }

    public static final class LevelNotEvaluated extends DomainRuleViolation {
        LevelNotEvaluated(OccLevel level) {
            super("occ-level-not-evaluated", "No " + level + " evaluation of the unit is recorded to give feedback on");
        }
    }
}
