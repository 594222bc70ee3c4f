package org.oneplan.itpp.command;

import java.util.UUID;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * The named ways an ITPP command can be refused (answered 422). The refusals of the approval procedure
 * itself are the platform's ({@link org.oneplan.platform.approval.ApprovalRefusals}), with the same codes.
 */
public final class ItppRefusals {

    private ItppRefusals() {}

    public static final class ItppFrozen extends DomainRuleViolation {
        ItppFrozen() {
            super("itpp-approved", "The approved text is frozen; change it through an amendment");
        }
    }

    public static final class ItppNotInDraft extends DomainRuleViolation {
        ItppNotInDraft() {
            super("itpp-not-in-draft", "The text is on its way to approval; it can change only as a draft");
        }
    }

    public static final class ObjectiveStillServed extends DomainRuleViolation {
        ObjectiveStillServed() {
            super(
                    "objective-still-served",
                    "Partnership goals still serve this objective; withdraw or change them first");
        }
    }

    public static final class ObjectiveNotAvailable extends DomainRuleViolation {
        ObjectiveNotAvailable(UUID objectiveId) {
            super("objective-not-available", "Objective " + objectiveId + " is not a current objective of this ITPP");
        }
    }

    public static final class UnknownGoal extends DomainRuleViolation {
        UnknownGoal(UUID goalId) {
            super("goal-not-available", "Goal " + goalId + " is not a current goal of this ITPP");
        }
    }

    public static final class NothingToSubmit extends DomainRuleViolation {
        NothingToSubmit() {
            super("nothing-to-submit", "Outputs 1 and 2 need at least one objective and one goal");
        }
    }

    public static final class NotYetApproved extends DomainRuleViolation {
        NotYetApproved() {
            super("itpp-not-approved", "Progress is reported on an approved ITPP");
        }
    }

    public static final class CycleEnded extends DomainRuleViolation {
        CycleEnded() {
            super("cycle-ended", "The ITPP's cycle has ended");
        }
    }

    public static final class UnknownActivity extends DomainRuleViolation {
        UnknownActivity(UUID activityId) {
            super("activity-not-available", "Activity " + activityId + " is not an activity of this ITPP");
        }
    }

    public static final class ActivityClosed extends DomainRuleViolation {
        ActivityClosed() {
            super("activity-closed", "The activity is done or cancelled");
        }
    }

    public static final class UnknownMilestone extends DomainRuleViolation {
        UnknownMilestone(UUID milestoneId) {
            super("milestone-not-available", "Milestone " + milestoneId + " is not a milestone of that goal");
        }
    }

    public static final class AmendmentBeforeMidTerm extends DomainRuleViolation {
        AmendmentBeforeMidTerm() {
            super(
                    "amendment-before-mid-term",
                    "An approved ITPP is amended after the mid-term, from year 2 of its cycle");
        }
    }
}
