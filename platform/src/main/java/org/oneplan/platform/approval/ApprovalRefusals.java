package org.oneplan.platform.approval;

import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * The named ways a step of the approval can be refused. Codes that depend on the kind of text carry its
 * name ({@code itpp-not-submitted}, {@code package-not-submitted}); the others are the same for every text.
 */
public final class ApprovalRefusals {

    private ApprovalRefusals() {}

    public static final class AlreadyApproved extends DomainRuleViolation {
        AlreadyApproved(String kind) {
            super(kind + "-approved", "The approved text is frozen");
        }
    }

    public static final class NotInDraft extends DomainRuleViolation {
        NotInDraft(String kind) {
            super(kind + "-not-in-draft", "The text is on its way to approval; only a draft can be submitted");
        }
    }

    public static final class NotSubmitted extends DomainRuleViolation {
        NotSubmitted(String kind) {
            super(kind + "-not-submitted", "Only a submitted text can be agreed or circulated");
        }
    }

    public static final class NotThisPartner extends DomainRuleViolation {
        NotThisPartner() {
            super("not-this-partner", "Only the partner that co-owns this text can agree it");
        }
    }

    public static final class NotUnderSilenceProcedure extends DomainRuleViolation {
        NotUnderSilenceProcedure() {
            super("not-under-silence-procedure", "The text is not under a silence procedure");
        }
    }

    public static final class NotOnAllyRoster extends DomainRuleViolation {
        NotOnAllyRoster(String nation) {
            super("not-on-ally-roster", nation + " was not an Ally when the text was circulated");
        }
    }

    public static final class SilenceAlreadyEnded extends DomainRuleViolation {
        SilenceAlreadyEnded() {
            super("silence-ended", "The silence deadline has passed");
        }
    }
}
