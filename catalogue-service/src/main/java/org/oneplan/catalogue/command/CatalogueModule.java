package org.oneplan.catalogue.command;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.platform.axon.AxonModule;

/**
 * The catalogue context's aggregates, and the reference data their handlers check contributions against
 * as an Axon component; the Allies' roster the catalogue is circulated to is the platform's known-partners.
 */
@Singleton
public class CatalogueModule implements AxonModule {

    private final KnownCatalogue reference;

    CatalogueModule(KnownCatalogue reference) {
        this.reference = reference;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(KnownCatalogue.class, c -> reference);
        configurer.configureAggregate(Discipline.class);
        configurer.configureAggregate(OfferingInstitution.class);
        configurer.configureAggregate(Contribution.class);
        configurer.configureAggregate(AnnualCatalogue.class);
    }
}
