package org.oneplan.partner.command;

import jakarta.inject.Singleton;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.oneplan.platform.axon.AxonModule;

/** The partner context's aggregates. */
@Singleton
public class PartnerModule implements AxonModule {

    /** Partners gather events for decades; a snapshot every 50 keeps loading them cheap. */
    private static final int SNAPSHOT_EVERY = 50;

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(AlliesOnRecord.class, c -> new EventStoreAllies(c.eventStore()));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Partner.class)
                .configureSnapshotTrigger(
                        c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY)));
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Ally.class));
    }
}
