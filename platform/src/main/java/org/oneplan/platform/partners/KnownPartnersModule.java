package org.oneplan.platform.partners;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.platform.axon.AxonModule;

/** Offers the partner view to command handlers as an Axon component, where the service switched it on. */
@Singleton
@IfBuildProperty(name = KnownPartnersModule.SWITCH, stringValue = "true")
public class KnownPartnersModule implements AxonModule {

    /** The build property a service sets to {@code true} to keep the partner view. */
    public static final String SWITCH = "oneplan.known-partners.enabled";

    private final KnownPartners partners;

    KnownPartnersModule(KnownPartners partners) {
        this.partners = partners;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(KnownPartners.class, c -> partners);
    }
}
