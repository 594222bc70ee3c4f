package org.oneplan.assessment.command;

import java.util.Collection;
import java.util.UUID;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The named ways an ANP assessment command can be refused (422); the approval's are the platform's. */
public final class AnpAssessmentRefusals {

    private AnpAssessmentRefusals() {}

    public static final class UnknownAnp extends DomainRuleViolation {
        UnknownAnp(UUID anpId) {
            super("unknown-anp", "No ANP " + anpId + " is known to this service (from oneplan.parp.events)");
        }
    }

    public static final class AnpNotSubmitted extends DomainRuleViolation {
        AnpNotSubmitted() {
            super("anp-not-submitted", "The partner has not submitted its ANP: there is nothing to assess yet");
        }
    }

    public static final class ChaptersNotAssessed extends DomainRuleViolation {
        ChaptersNotAssessed(Collection<?> chapters) {
            super("chapters-not-assessed", "These chapters have no assessment yet: " + chapters);
        }
    }

    public static final class NotAgreed extends DomainRuleViolation {
        NotAgreed() {
            super(
                    "anp-assessment-not-agreed",
                    "The assessment is discussed at the North Atlantic Council once the Allies agreed it");
        }
    }

    public static final class NacDiscussionRecorded extends DomainRuleViolation {
        NacDiscussionRecorded() {
            super("nac-discussion-recorded", "The Council's discussion of this assessment is recorded already");
        }
    }

    public static final class NacDateOutOfRange extends DomainRuleViolation {
        NacDateOutOfRange() {
            super(
                    "nac-date-out-of-range",
                    "The Council discussed the assessment after the Allies agreed it and not after today");
        }
    }
}
