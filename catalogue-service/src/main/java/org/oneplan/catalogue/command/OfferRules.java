package org.oneplan.catalogue.command;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.catalogue.command.CatalogueRefusals.CapacityInverted;
import org.oneplan.catalogue.command.CatalogueRefusals.DisciplineInactive;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationEndsBeforeStart;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationOutsideYear;
import org.oneplan.catalogue.command.CatalogueRefusals.LocationMissing;
import org.oneplan.catalogue.command.CatalogueRefusals.OnlineHasNoLocation;
import org.oneplan.catalogue.command.CatalogueRefusals.PersonalPointOfContact;
import org.oneplan.catalogue.command.CatalogueRefusals.UnknownDiscipline;
import org.oneplan.catalogue.command.CatalogueRefusals.UnknownInstitution;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.platform.domain.InvalidCommand;

/** The rules every offer and iteration keeps, when submitted and when revised. */
final class OfferRules {

    /**
     * The words a role mailbox's local part is made of. A person's address (jane.doe@) names none of them,
     * and the catalogue, which is public and permanent, must name no person.
     */
    private static final Set<String> ROLE_WORDS = Set.of(
            "registrar",
            "registration",
            "registrations",
            "admissions",
            "courses",
            "course",
            "training",
            "education",
            "pcm",
            "info",
            "contact",
            "office",
            "secretariat",
            "poc",
            "enquiries",
            "desk",
            "school",
            "college",
            "centre",
            "center",
            "events",
            "partnership",
            "partnerships",
            "ptec",
            "adl",
            "mtt");

    private OfferRules() {}

    static void check(EventOffer offer, KnownCatalogue reference) {
        if (offer == null) {
            throw new InvalidCommand("offer", "Describe the offered event");
        }
        Boolean active = reference
                .disciplineActive(offer.disciplineCode())
                .orElseThrow(() -> new UnknownDiscipline(offer.disciplineCode()));
        if (!active) {
            throw new DisciplineInactive(offer.disciplineCode());
        }
        if (!reference.institutionExists(offer.institutionId())) {
            throw new UnknownInstitution(offer.institutionId());
        }
        if (offer.minSeats() > offer.maxSeats()) {
            throw new CapacityInverted(offer.minSeats(), offer.maxSeats());
        }
        boolean located = offer.hostNation() != null || offer.city() != null;
        if (offer.deliveryMethod() == DeliveryMethod.ONLINE_ADL && located) {
            throw new OnlineHasNoLocation();
        }
        if (offer.deliveryMethod() != DeliveryMethod.ONLINE_ADL
                && (offer.hostNation() == null || offer.city() == null)) {
            throw new LocationMissing();
        }
        if (!isRoleAddress(offer.pointOfContact())) {
            throw new PersonalPointOfContact(offer.pointOfContact());
        }
    }

    static boolean isRoleAddress(String address) {
        int at = address.indexOf('@');
        if (at <= 0) {
            return false;
        }
        String local = address.substring(0, at).toLowerCase(Locale.ROOT);
        for (String word : local.split("[._+-]")) {
            if (ROLE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static void check(List<Iteration> iterations, int year) {
        if (iterations == null || iterations.isEmpty()) {
            throw new InvalidCommand("iterations", "An event has at least one iteration");
        }
        iterations.forEach(iteration -> check(iteration, year));
    }

    static void check(Iteration iteration, int year) {
        if (iteration.end().isBefore(iteration.start())) {
            throw new IterationEndsBeforeStart(iteration.start(), iteration.end());
        }
        if (iteration.start().getYear() != year) {
            throw new IterationOutsideYear(iteration.start(), year);
        }
    }
}
