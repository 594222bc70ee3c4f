package org.oneplan.assessment.command;

import java.util.Collection;
import java.util.UUID;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * The named ways an assessment command can be refused (answered 422). The refusals of the approval
 * procedure are the platform's ({@link org.oneplan.platform.approval.ApprovalRefusals}), named after the
 * {@code assessment}: {@code assessment-approved}, {@code assessment-not-in-draft}, ...
 */
public final class AssessmentRefusals {

    private AssessmentRefusals() {}

    public static final class UnknownItpp extends DomainRuleViolation {
        UnknownItpp(UUID itppId) {
            super("unknown-itpp", "No ITPP " + itppId + " is known to this service (from oneplan.itpp.events)");
        }
    }

    public static final class GoalNotAssessed extends DomainRuleViolation {
        GoalNotAssessed(UUID goalId) {
            super("goal-not-in-assessment", "Goal " + goalId + " is not one of the goals this assessment rates");
        }
    }

    public static final class GoalsNotRated extends DomainRuleViolation {
        GoalsNotRated(Collection<String> titles) {
            super("goals-not-rated", "These goals have no rating yet: " + titles);
        }
    }

    public static final class ObjectiveNotAssessed extends DomainRuleViolation {
        ObjectiveNotAssessed(UUID objectiveId) {
            super(
                    "objective-not-in-assessment",
                    "Objective " + objectiveId + " is not one of the objectives this assessment rates");
        }
    }

    public static final class ObjectivesNotRated extends DomainRuleViolation {
        ObjectivesNotRated(Collection<String> titles) {
            super("objectives-not-rated", "These strategic objectives have no rating yet: " + titles);
        }
    }

    public static final class IndicatorNotOfGoal extends DomainRuleViolation {
        IndicatorNotOfGoal(UUID goalId, UUID indicatorId) {
            super(
                    "indicator-not-of-goal",
                    "Indicator " + indicatorId + " is not an indicator of goal " + goalId
                            + " as this service knows the ITPP (from oneplan.itpp.events)");
        }
    }

    public static final class NotEndOfCycle extends DomainRuleViolation {
        NotEndOfCycle() {
            super(
                    "not-an-end-of-cycle-assessment",
                    "Only the end-of-cycle assessment recommends the next cycle's objectives and goals");
        }
    }

    public static final class NextCycleNotRecommended extends DomainRuleViolation {
        NextCycleNotRecommended() {
            super(
                    "next-cycle-not-recommended",
                    "An end-of-cycle assessment recommends the next cycle (goals to carry over, new objectives and goals): write it first");
        }
    }

    public static final class RecommendationsMissing extends DomainRuleViolation {
        RecommendationsMissing() {
            super(
                    "recommendations-missing",
                    "A mid-term assessment recommends updates to output 3 for years 3-4: write them first");
        }
    }

    public static final class NotThisPartner extends DomainRuleViolation {
        NotThisPartner() {
            super("not-this-partner", "Only the partner delegation of the assessed ITPP's partner can comment");
        }
    }

    public static final class PartnerNotYetConsulted extends DomainRuleViolation {
        PartnerNotYetConsulted() {
            super(
                    "partner-not-yet-consulted",
                    "The partner is consulted from the submission of the assessment; it cannot comment before");
        }
    }

    public static final class NotYetApproved extends DomainRuleViolation {
        NotYetApproved() {
            super(
                    "assessment-not-approved",
                    "Only an approved assessment is corrected by a revision; change a draft directly");
        }
    }

    public static final class AssessmentFrozen extends DomainRuleViolation {
        AssessmentFrozen() {
            super("assessment-approved", "The approved assessment is frozen");
        }
    }
}
