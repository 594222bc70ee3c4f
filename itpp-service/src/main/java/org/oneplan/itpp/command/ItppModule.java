package org.oneplan.itpp.command;

import jakarta.inject.Singleton;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.oneplan.platform.axon.AxonModule;

/** The ITPP context's aggregate; the partner view its handlers need is the platform's known-partners module. */
@Singleton
public class ItppModule implements AxonModule {

    private static final int SNAPSHOT_EVERY = 100;

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Itpp.class)
                .configureSnapshotTrigger(
                        c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), SNAPSHOT_EVERY)));
        configurer.registerCommandHandler(c -> new ItppRenewal(c.repository(Itpp.class)));
    }
}
