package org.oneplan.parp.command;

import java.util.Collection;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The named ways an Annual National Programme command can be refused (answered 422). */
public final class AnpRefusals {

    private AnpRefusals() {}

    public static final class NotAMapCountry extends DomainRuleViolation {
        NotAMapCountry(String code) {
            super(
                    "partner-not-in-map",
                    code + " has no Membership Action Plan status: it runs no Annual National Programme");
        }
    }

    public static final class AnpAlreadySubmitted extends DomainRuleViolation {
        AnpAlreadySubmitted() {
            super(
                    "anp-submitted",
                    "The ANP is submitted: it is the baseline of the year's assessment and stays as it is");
        }
    }

    public static final class AnpIncomplete extends DomainRuleViolation {
        AnpIncomplete(Collection<AnpChapter> missing) {
            super("anp-incomplete", "These chapters are not written yet: " + missing);
        }
    }

    public static final class AnpNotSubmitted extends DomainRuleViolation {
        AnpNotSubmitted() {
            super("anp-not-submitted", "Only a submitted ANP is discussed at the North Atlantic Council");
        }
    }

    public static final class AlreadyDiscussedAtNac extends DomainRuleViolation {
        AlreadyDiscussedAtNac() {
            super("anp-already-discussed", "The discussion of this ANP at the North Atlantic Council is on record");
        }
    }
}
