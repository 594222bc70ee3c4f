package org.oneplan.parp.command;

import java.util.Collection;
import java.util.UUID;
import org.oneplan.contracts.parp.SurveySection;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * The named ways a PARP command can be refused (answered 422). The refusals of the approval procedure are
 * the platform's ({@link org.oneplan.platform.approval.ApprovalRefusals}), named after the
 * {@code parp-package}.
 */
public final class ParpRefusals {

    private ParpRefusals() {}

    public static final class PartnerNotInParp extends DomainRuleViolation {
        PartnerNotInParp(String code) {
            super(
                    "partner-not-in-parp",
                    code + " does not take part in the Planning and Review Process (PfP partners, others by a"
                            + " North Atlantic Council decision recorded in partner-service)");
        }
    }

    public static final class UnknownItpp extends DomainRuleViolation {
        UnknownItpp(UUID itppId) {
            super("unknown-itpp", "No ITPP " + itppId + " is known here");
        }
    }

    public static final class ItppOfAnotherPartner extends DomainRuleViolation {
        ItppOfAnotherPartner() {
            super("itpp-of-another-partner", "The ITPP named is not this partner's");
        }
    }

    public static final class OutsideTheItppCycle extends DomainRuleViolation {
        OutsideTheItppCycle(int itppStartYear) {
            super(
                    "parp-cycle-outside-itpp-cycle",
                    "A PARP cycle covers years 1-2 or 3-4 of its ITPP's cycle: it starts in " + itppStartYear + " or "
                            + (itppStartYear + 2));
        }
    }

    public static final class OverlappingCycle extends DomainRuleViolation {
        OverlappingCycle(int otherStartYear) {
            super(
                    "overlapping-parp-cycle",
                    "The partner's PARP cycle starting in " + otherStartYear
                            + " covers one of these years: cycles are two years each and never overlap");
        }
    }

    public static final class NotThisPartner extends DomainRuleViolation {
        NotThisPartner() {
            super("not-this-partner", "Only the partner delegation of this cycle's partner can do this");
        }
    }

    public static final class SurveyAlreadyIssued extends DomainRuleViolation {
        SurveyAlreadyIssued() {
            super("survey-already-issued", "The survey of this cycle has been issued already");
        }
    }

    public static final class SurveyNotIssued extends DomainRuleViolation {
        SurveyNotIssued() {
            super("survey-not-issued", "The survey of this cycle has not been issued");
        }
    }

    public static final class SurveySectionClosed extends DomainRuleViolation {
        SurveySectionClosed(SurveySection section) {
            super(
                    "survey-section-closed",
                    "Section " + section + " was submitted; it opens again only if staff ask for clarification");
        }
    }

    public static final class SurveyAlreadySubmitted extends DomainRuleViolation {
        SurveyAlreadySubmitted() {
            super("survey-already-submitted", "The survey is submitted; staff may ask for clarification of a section");
        }
    }

    public static final class SurveyIncomplete extends DomainRuleViolation {
        SurveyIncomplete(Collection<SurveySection> missing) {
            super("survey-incomplete", "These sections have no answer yet: " + missing);
        }
    }

    public static final class SurveyNotSubmitted extends DomainRuleViolation {
        SurveyNotSubmitted() {
            super("survey-not-submitted", "Clarification can be asked only on a submitted survey");
        }
    }

    public static final class SectionNotAnswered extends DomainRuleViolation {
        SectionNotAnswered(SurveySection section) {
            super("survey-section-not-answered", "Section " + section + " has no answer to clarify");
        }
    }

    public static final class GoalCodeTaken extends DomainRuleViolation {
        GoalCodeTaken(String code) {
            super("goal-code-taken", "Another goal of this package has the code " + code);
        }
    }

    public static final class UnknownGoal extends DomainRuleViolation {
        UnknownGoal(UUID goalId) {
            super("goal-not-available", "Goal " + goalId + " is not a current goal of this package");
        }
    }

    public static final class NothingToSubmit extends DomainRuleViolation {
        NothingToSubmit() {
            super("nothing-to-submit", "The package has no goal yet");
        }
    }

    public static final class GoalsNotAgreed extends DomainRuleViolation {
        GoalsNotAgreed(Collection<String> codes) {
            super(
                    "goals-not-agreed",
                    "The partner has not agreed these goals as they stand: " + codes
                            + "; revise or withdraw them, or wait for the partner's answer");
        }
    }

    public static final class PackageNotAgreedByPartner extends DomainRuleViolation {
        PackageNotAgreedByPartner() {
            super("package-not-agreed-by-partner", "The partner has not agreed the whole package yet");
        }
    }

    public static final class PackageNotApproved extends DomainRuleViolation {
        PackageNotApproved() {
            super("parp-package-not-approved", "Progress is recorded on the goals of an approved package only");
        }
    }
}
