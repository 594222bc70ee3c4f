package org.oneplan.parp.command;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.parp.api.KnownItppCycles;
import org.oneplan.platform.axon.AxonModule;

/** The PARP context's aggregates (cycles and Annual National Programmes); the partner view its handlers need is the platform's known-partners module. */
@Singleton
public class ParpModule implements AxonModule {

    private final KnownItppCycles itpps;

    ParpModule(KnownItppCycles itpps) {
        this.itpps = itpps;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(ParpCalendar.class, c -> ParpCalendar.of(c.eventStore(), itpps));
        configurer.configureAggregate(ParpCycle.class);
        configurer.configureAggregate(AnnualNationalProgramme.class);
    }
}
