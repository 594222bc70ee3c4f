package org.oneplan.catalogue.command;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.platform.domain.DomainRuleViolation;

/**
 * The named ways a catalogue command can be refused (answered 422). The refusals of the annual catalogue's
 * approval are the platform's, named after the {@code catalogue}: {@code catalogue-not-in-draft}, ...
 */
public final class CatalogueRefusals {

    private CatalogueRefusals() {}

    public static final class UnknownDiscipline extends DomainRuleViolation {
        UnknownDiscipline(String code) {
            super("unknown-discipline", "No discipline has the code " + code);
        }
    }

    public static final class DisciplineInactive extends DomainRuleViolation {
        DisciplineInactive(String code) {
            super("discipline-inactive", "Discipline " + code + " is no longer open to new contributions");
        }
    }

    public static final class UnknownInstitution extends DomainRuleViolation {
        UnknownInstitution(UUID institutionId) {
            super("unknown-offering-institution", "No offering institution " + institutionId + " is registered");
        }
    }

    public static final class CapacityInverted extends DomainRuleViolation {
        CapacityInverted(int min, int max) {
            super("capacity-inverted", "The minimum of seats (" + min + ") is above the maximum (" + max + ")");
        }
    }

    public static final class LocationMissing extends DomainRuleViolation {
        LocationMissing() {
            super("location-missing", "An event held in a place names its host nation and city");
        }
    }

    public static final class OnlineHasNoLocation extends DomainRuleViolation {
        OnlineHasNoLocation() {
            super("online-event-has-no-location", "An online event names no host nation or city");
        }
    }

    public static final class PersonalPointOfContact extends DomainRuleViolation {
        PersonalPointOfContact(String address) {
            super(
                    "point-of-contact-not-a-role-address",
                    address
                            + " has a person's shape (name.name@): a role mailbox is one word or words joined by hyphens"
                            + " (registrar@, pcm-courses@), as the catalogue names no person");
        }
    }

    public static final class IterationEndsBeforeStart extends DomainRuleViolation {
        IterationEndsBeforeStart(LocalDate start, LocalDate end) {
            super("iteration-ends-before-start", "An iteration from " + start + " cannot end on " + end);
        }
    }

    public static final class IterationOutsideYear extends DomainRuleViolation {
        IterationOutsideYear(LocalDate start, int year) {
            super(
                    "iteration-outside-catalogue-year",
                    "An iteration starting " + start + " does not belong to the " + year + " catalogue");
        }
    }

    public static final class IterationExists extends DomainRuleViolation {
        IterationExists(LocalDate start) {
            super("iteration-exists", "The event already has an iteration starting " + start);
        }
    }

    public static final class NotSubmitted extends DomainRuleViolation {
        NotSubmitted(String status) {
            super("contribution-not-pending", "The contribution is " + status + ", not awaiting a decision");
        }
    }

    public static final class NotApproved extends DomainRuleViolation {
        NotApproved() {
            super("contribution-not-approved", "Only an approved event is revised, extended or cancelled");
        }
    }

    public static final class AlreadyCancelled extends DomainRuleViolation {
        AlreadyCancelled() {
            super("contribution-cancelled", "The event is cancelled");
        }
    }

    public static final class NotTheOfferingNation extends DomainRuleViolation {
        NotTheOfferingNation() {
            super("not-the-offering-nation", "Only NATO staff or the offering nation change an event");
        }
    }

    public static final class NothingApproved extends DomainRuleViolation {
        NothingApproved(int year) {
            super("catalogue-empty", "No event is approved for the " + year + " catalogue yet");
        }
    }

    public static final class ParticipantAlreadyRegistered extends DomainRuleViolation {
        ParticipantAlreadyRegistered(UUID existing) {
            super(
                    "participant-already-registered",
                    "The nation registered a participant with this email already: " + existing);
        }
    }

    public static final class ParticipantErased extends DomainRuleViolation {
        ParticipantErased(UUID participantId) {
            super("participant-erased", "Participant " + participantId + " was erased; their record is closed");
        }
    }

    public static final class NotTheRegisteringNation extends DomainRuleViolation {
        NotTheRegisteringNation() {
            super("not-the-registering-nation", "Only the nation that registered a participant changes their details");
        }
    }

    public static final class InstitutionOfAnotherNation extends DomainRuleViolation {
        InstitutionOfAnotherNation(String offeringNation, String institutionNation) {
            super(
                    "institution-of-another-nation",
                    offeringNation + " offers events only under its own institutions; this one is " + institutionNation
                            + "'s");
        }
    }

    public static final class IterationListedTwice extends DomainRuleViolation {
        IterationListedTwice(LocalDate start) {
            super("iteration-listed-twice", "The offer lists two iterations starting " + start);
        }
    }
}
