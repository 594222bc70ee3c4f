package org.oneplan.itpp.command;

import jakarta.inject.Singleton;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.oneplan.platform.axon.AxonModule;

/** The ITPP context's aggregate and what its handlers need. */
@Singleton
public class ItppModule implements AxonModule {

    private static final int SNAPSHOT_EVERY = 100;

    private final PartnerDirectory partners;

    ItppModule(PartnerDirectory partners) {
        this.partners = partners;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(PartnerDirectory.class, c -> partners);
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Itpp.class)
                .configureSnapshotTrigger(
                        c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY)));
        configurer.registerCommandHandler(c -> new ItppRenewal(c.repository(Itpp.class)));
    }
}
