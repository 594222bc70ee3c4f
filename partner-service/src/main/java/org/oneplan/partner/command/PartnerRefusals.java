package org.oneplan.partner.command;

import java.time.LocalDate;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The named ways a partner command can be refused (answered 422). */
public final class PartnerRefusals {

    private PartnerRefusals() {}

    public static final class PartnerAlreadySuspended extends DomainRuleViolation {
        PartnerAlreadySuspended() {
            super("partner-already-suspended", "The partner is already suspended");
        }
    }

    public static final class PartnerNotSuspended extends DomainRuleViolation {
        PartnerNotSuspended() {
            super("partner-not-suspended", "The partner is not suspended, so it cannot be reinstated");
        }
    }

    public static final class PartnerIsSuspended extends DomainRuleViolation {
        PartnerIsSuspended() {
            super(
                    "partner-suspended",
                    "The partner is suspended: cooperation cannot be extended until it is reinstated");
        }
    }

    public static final class AlreadyInFramework extends DomainRuleViolation {
        AlreadyInFramework(Framework framework) {
            super("already-in-framework", "The partner already belongs to " + framework);
        }
    }

    public static final class NotInFramework extends DomainRuleViolation {
        NotInFramework(Framework framework) {
            super("not-in-framework", "The partner does not belong to " + framework);
        }
    }

    public static final class AlreadyEnrolled extends DomainRuleViolation {
        AlreadyEnrolled(Programme programme) {
            super("already-enrolled", "The partner already takes part in " + programme);
        }
    }

    public static final class NotEnrolled extends DomainRuleViolation {
        NotEnrolled(Programme programme) {
            super("not-enrolled", "The partner does not take part in " + programme);
        }
    }

    public static final class ParpNeedsCouncilDecision extends DomainRuleViolation {
        ParpNeedsCouncilDecision() {
            super(
                    "parp-needs-council-decision",
                    "PARP is open to PfP partners; any other partner needs a recorded North Atlantic Council decision");
        }
    }

    public static final class AnpNeedsMembershipActionPlan extends DomainRuleViolation {
        AnpNeedsMembershipActionPlan() {
            super(
                    "anp-needs-membership-action-plan",
                    "An Annual National Programme is only for Membership Action Plan countries");
        }
    }

    public static final class CodeOfAnAlly extends DomainRuleViolation {
        CodeOfAnAlly(String code, LocalDate accession) {
            super(
                    "code-of-an-ally",
                    code + " has been an Ally since " + accession + "; an Ally cannot be registered as a partner");
        }
    }
}
