package org.oneplan.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.catalogue.AnnualCatalogueCirculatedEvent;
import org.oneplan.contracts.catalogue.AnnualCataloguePublishedEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSilenceBrokenEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSubmittedEvent;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionCancelledEvent;
import org.oneplan.contracts.catalogue.ContributionDeclinedEvent;
import org.oneplan.contracts.catalogue.ContributionRevisedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.DisciplineChangedEvent;
import org.oneplan.contracts.catalogue.DisciplineDefinedEvent;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Framework;
import org.oneplan.contracts.catalogue.InstitutionKind;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.catalogue.IterationAddedEvent;
import org.oneplan.contracts.catalogue.OfferingInstitutionChangedEvent;
import org.oneplan.contracts.catalogue.OfferingInstitutionRegisteredEvent;
import org.oneplan.contracts.catalogue.ParticipantDetailsCorrectedEvent;
import org.oneplan.contracts.catalogue.ParticipantErasedEvent;
import org.oneplan.contracts.catalogue.ParticipantRegisteredEvent;
import org.oneplan.contracts.catalogue.Sex;
import org.oneplan.contracts.shared.Classification;

/** One sample of every catalogue event, for the snapshot tests. */
final class CatalogueSampleEvents {

    private static final UUID DISCIPLINE = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID INSTITUTION = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    private static final UUID CONTRIBUTION = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    private static final UUID ITERATION = UUID.fromString("4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f8a");
    private static final UUID CATALOGUE = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8a9b");
    private static final UUID PARTICIPANT = UUID.fromString("6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f8a9b0c");

    private CatalogueSampleEvents() {}

    static List<Object> all() {
        EventOffer offer = new EventOffer(
                "Defence planning course",
                "Budgeting and resource management for defence planners",
                INSTITUTION,
                "DPB",
                DeliveryMethod.RESIDENT,
                "DEU",
                "Oberammergau",
                "English",
                "3-3-3-3",
                Classification.NATO_UNCLASSIFIED,
                List.of(Framework.NATO, Framework.EAPC_PFP),
                true,
                10,
                40,
                new BigDecimal("250.00"),
                "registrar@example.int");
        Iteration iteration = new Iteration(ITERATION, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5));
        return List.of(
                new DisciplineDefinedEvent(DISCIPLINE, "DPB", "Defence planning, budgeting", true),
                new DisciplineChangedEvent(DISCIPLINE, "Defence planning and budgeting", false),
                new OfferingInstitutionRegisteredEvent(INSTITUTION, "NATO School", InstitutionKind.NATO_BODY, "NATO"),
                new OfferingInstitutionChangedEvent(
                        INSTITUTION, "NATO School Oberammergau", InstitutionKind.NATO_BODY, "NATO"),
                new ContributionSubmittedEvent(CONTRIBUTION, 2027, "NATO", offer, List.of(iteration)),
                new ContributionApprovedEvent(CONTRIBUTION, 2027, Instant.parse("2026-11-02T09:00:00Z")),
                new ContributionDeclinedEvent(CONTRIBUTION, "Duplicates an existing course"),
                new ContributionRevisedEvent(CONTRIBUTION, offer),
                new IterationAddedEvent(CONTRIBUTION, iteration),
                new ContributionCancelledEvent(CONTRIBUTION, "Too few nominations"),
                new AnnualCatalogueSubmittedEvent(CATALOGUE, 2027, List.of(CONTRIBUTION)),
                new AnnualCatalogueCirculatedEvent(
                        CATALOGUE, Instant.parse("2026-11-20T17:00:00Z"), List.of("FRA", "NOR")),
                new AnnualCatalogueSilenceBrokenEvent(CATALOGUE, "FRA", "Missing a course"),
                new AnnualCataloguePublishedEvent(
                        CATALOGUE, 2027, Instant.parse("2026-11-21T00:00:00Z"), List.of(CONTRIBUTION)),
                new ParticipantRegisteredEvent(PARTICIPANT, "GEO", "bm9uY2UtYW5kLWNpcGhlcnRleHQ="),
                new ParticipantDetailsCorrectedEvent(PARTICIPANT, "b3RoZXItbm9uY2UtYW5kLWNpcGhlcnRleHQ="),
                new ParticipantErasedEvent(PARTICIPANT, Instant.parse("2026-11-28T10:00:00Z"), Sex.FEMALE));
    }
}
