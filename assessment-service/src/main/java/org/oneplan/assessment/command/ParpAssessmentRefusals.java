package org.oneplan.assessment.command;

import java.util.Collection;
import java.util.UUID;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * The named ways a PARP assessment command can be refused (422). The approval procedure's are the platform's,
 * named after the {@code parp-assessment}; the partner's comment shares the ITPP assessment's refusals.
 */
public final class ParpAssessmentRefusals {

    private ParpAssessmentRefusals() {}

    public static final class UnknownParpCycle extends DomainRuleViolation {
        UnknownParpCycle(UUID parpCycleId) {
            super(
                    "unknown-parp-cycle",
                    "No PARP cycle " + parpCycleId + " is known to this service (from oneplan.parp.events)");
        }
    }

    public static final class ReviewYearOutsideCycle extends DomainRuleViolation {
        ReviewYearOutsideCycle(int reviewYear, int startYear) {
            super(
                    "review-year-outside-cycle",
                    "The PARP cycle covers " + startYear + " and " + (startYear + 1) + ", not " + reviewYear);
        }
    }

    public static final class PackageNotApproved extends DomainRuleViolation {
        PackageNotApproved() {
            super("parp-package-not-approved", "The cycle has no approved PARP goals to assess yet");
        }
    }

    public static final class GoalNotInAssessment extends DomainRuleViolation {
        GoalNotInAssessment(UUID goalId) {
            super("goal-not-in-assessment", "Goal " + goalId + " is not one of the PARP goals this assessment rates");
        }
    }

    public static final class GoalsNotAssessed extends DomainRuleViolation {
        GoalsNotAssessed(Collection<String> codes) {
            super("goals-not-rated", "These PARP goals have no rating yet: " + codes);
        }
    }

    public static final class OverallMissing extends DomainRuleViolation {
        OverallMissing() {
            super("overall-assessment-missing", "Write the overall assessment before submitting");
        }
    }

    public static final class CorrectedNotApproved extends DomainRuleViolation {
        CorrectedNotApproved() {
            super(
                    "corrected-revision-not-approved",
                    "Only an approved PARP assessment is corrected by a new revision; change the draft instead");
        }
    }
}
