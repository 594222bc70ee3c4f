package org.oneplan.contracts.catalogue;

/** Everything that happens in the Partnership Cooperation Menu; published on {@code oneplan.catalogue.events}. */
public sealed interface CatalogueEvent
        permits DisciplineEvent,
                InstitutionEvent,
                ContributionEvent,
                AnnualCatalogueEvent,
                ParticipantEvent,
                NominationEvent {}
