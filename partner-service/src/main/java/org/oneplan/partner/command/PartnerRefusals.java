package org.oneplan.partner.command;

import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The named ways a partner command can be refused (answered 422). */
public final class PartnerRefusals {

    private PartnerRefusals() {
    }

    public static final class PartnerAlreadySuspended extends DomainRuleViolation {
        PartnerAlreadySuspended() {
            super("The partner is already suspended");
        }

        @Override
        public String code() {
            return "partner-already-suspended";
        }
    }

    public static final class PartnerNotSuspended extends DomainRuleViolation {
        PartnerNotSuspended() {
            super("The partner is not suspended, so it cannot be reinstated");
        }

        @Override
        public String code() {
            return "partner-not-suspended";
        }
    }

    public static final class PartnerIsSuspended extends DomainRuleViolation {
        PartnerIsSuspended() {
            super("The partner is suspended: cooperation cannot be extended until it is reinstated");
        }

        @Override
        public String code() {
            return "partner-suspended";
        }
    }

    public static final class AlreadyInFramework extends DomainRuleViolation {
        AlreadyInFramework(Framework framework) {
            super("The partner already belongs to " + framework);
        }

        @Override
        public String code() {
            return "already-in-framework";
        }
    }

    public static final class NotInFramework extends DomainRuleViolation {
        NotInFramework(Framework framework) {
            super("The partner does not belong to " + framework);
        }

        @Override
        public String code() {
            return "not-in-framework";
        }
    }

    public static final class AlreadyEnrolled extends DomainRuleViolation {
        AlreadyEnrolled(Programme programme) {
            super("The partner already takes part in " + programme);
        }

        @Override
        public String code() {
            return "already-enrolled";
        }
    }

    public static final class NotEnrolled extends DomainRuleViolation {
        NotEnrolled(Programme programme) {
            super("The partner does not take part in " + programme);
        }

        @Override
        public String code() {
            return "not-enrolled";
        }
    }

    public static final class ParpNeedsCouncilDecision extends DomainRuleViolation {
        ParpNeedsCouncilDecision() {
            super("PARP is open to PfP partners; any other partner needs a recorded North Atlantic Council decision");
        }

        @Override
        public String code() {
            return "parp-needs-council-decision";
        }
    }

    public static final class AnpNeedsMembershipActionPlan extends DomainRuleViolation {
        AnpNeedsMembershipActionPlan() {
            super("An Annual National Programme is only for Membership Action Plan countries");
        }

        @Override
        public String code() {
            return "anp-needs-membership-action-plan";
        }
    }
}
