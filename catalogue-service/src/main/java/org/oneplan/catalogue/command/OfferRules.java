package org.oneplan.catalogue.command;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.catalogue.command.CatalogueRefusals.CapacityInverted;
import org.oneplan.catalogue.command.CatalogueRefusals.DisciplineInactive;
import org.oneplan.catalogue.command.CatalogueRefusals.InstitutionOfAnotherNation;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationEndsBeforeStart;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationListedTwice;
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
     * The shape in which organisations write a person's address: two or three name parts joined by dots or
     * underscores (jane.doe@, j.doe@, jane_m_doe@, jane.doe2@). No rule can prove that an address is not a
     * person's, and a word list guessed at what roles are called (and let john.training@ through). This is an
     * explicit convention of the API instead, stated in the README: a role mailbox is one word or words joined by
     * hyphens (registrar@, pcm-courses@, dpb2027@); an address in a person's shape is refused, so that a
     * submitter who types their own address is stopped before it enters a public, permanent catalogue.
     */
    private static final Pattern PERSON_SHAPED = Pattern.compile("^[a-z]+([._][a-z]+[0-9]*){1,2}$");

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
        return at > 0
                && !PERSON_SHAPED
                        .matcher(address.substring(0, at).toLowerCase(Locale.ROOT))
                        .matches();
    }

    /**
     * The offering institution is registered and belongs to the offering nation: an Ally or partner offers
     * under its own schools, staff (offering nation NATO) under NATO bodies. Staff do not offer for a national
     * institution: the event would be NATO's in the catalogue, and the nation that runs the school could
     * neither revise nor cancel it, nor decide on its nominations.
     */
    static void checkOfferedBy(String offeringNation, EventOffer offer, KnownCatalogue reference) {
        if (offer == null) {
            throw new InvalidCommand("offer", "Describe the offered event");
        }
        String nation = reference
                .institutionNation(offer.institutionId())
                .orElseThrow(() -> new UnknownInstitution(offer.institutionId()));
        if (!nation.equals(offeringNation)) {
            throw new InstitutionOfAnotherNation(offeringNation, nation);
        }
    }

    static void check(List<Iteration> iterations, int year) {
        if (iterations == null || iterations.isEmpty()) {
            throw new InvalidCommand("iterations", "An event has at least one iteration");
        }
        iterations.forEach(iteration -> check(iteration, year));
        Set<LocalDate> starts = new HashSet<>();
        for (Iteration iteration : iterations) {
            if (!starts.add(iteration.start())) {
                // The iteration's id derives from its start: a second run that day would be the same run.
                throw new IterationListedTwice(iteration.start());
            }
        }
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
