package org.oneplan.assessment.command;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.assessment.api.KnownAnps;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.api.KnownParpCycles;
import org.oneplan.platform.axon.AxonModule;

/**
 * The assessment context's aggregates (ITPP assessments and their revisions, PARP and ANP assessments, OCC
 * units), and the ITPP, PARP cycle and ANP views their handlers read as Axon components; the
 * Allies' roster its resources need is the platform's known-partners module.
 */
@Singleton
public class AssessmentModule implements AxonModule {

    private final KnownItpps itpps;
    private final KnownParpCycles parpCycles;
    private final KnownAnps anps;

    AssessmentModule(KnownItpps itpps, KnownParpCycles parpCycles, KnownAnps anps) {
        this.itpps = itpps;
        this.parpCycles = parpCycles;
        this.anps = anps;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(KnownItpps.class, c -> itpps);
        configurer.registerComponent(KnownParpCycles.class, c -> parpCycles);
        configurer.configureAggregate(ItppAssessment.class);
        configurer.registerCommandHandler(c -> new AssessmentRevisions(c.repository(ItppAssessment.class)));
        configurer.configureAggregate(OccUnit.class);
        configurer.registerComponent(KnownAnps.class, c -> anps);
        configurer.configureAggregate(ParpAssessment.class);
        configurer.configureAggregate(AnpAssessment.class);
    }
}
