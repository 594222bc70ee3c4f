package org.oneplan.platform.axon;

import org.axonframework.config.Configurer;

/**
 * A service's contribution to the Axon configuration: its aggregates, sagas and processors. The platform
 * collects every CDI bean of this type and applies it before the configuration starts.
 */
public interface AxonModule {

    void configure(Configurer configurer);
}
