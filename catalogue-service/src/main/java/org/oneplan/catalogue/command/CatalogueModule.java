package org.oneplan.catalogue.command;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.catalogue.api.KnownParticipants;
import org.oneplan.catalogue.api.ParticipantVault;
import org.oneplan.platform.axon.AxonModule;

/**
 * The catalogue context's aggregates, and the reference data their handlers check contributions against
 * as an Axon component; the Allies' roster the catalogue is circulated to is the platform's known-partners.
 */
@Singleton
public class CatalogueModule implements AxonModule {

    private final KnownCatalogue reference;
    private final ParticipantVault vault;
    private final KnownParticipants participants;

    CatalogueModule(KnownCatalogue reference, ParticipantVault vault, KnownParticipants participants) {
        this.reference = reference;
        this.vault = vault;
        this.participants = participants;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(KnownCatalogue.class, c -> reference);
        configurer.registerComponent(ParticipantVault.class, c -> vault);
        configurer.registerComponent(KnownParticipants.class, c -> participants);
        configurer.configureAggregate(Discipline.class);
        configurer.configureAggregate(OfferingInstitution.class);
        configurer.configureAggregate(Contribution.class);
        configurer.configureAggregate(AnnualCatalogue.class);
        configurer.configureAggregate(Participant.class);
    }
}
