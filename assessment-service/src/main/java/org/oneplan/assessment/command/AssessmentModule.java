package org.oneplan.assessment.command;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.platform.axon.AxonModule;

/**
 * The assessment context's aggregates (ITPP assessments, OCC units), and the ITPP view their handlers read as an Axon component; the
 * Allies' roster its resources need is the platform's known-partners module.
 */
@Singleton
public class AssessmentModule implements AxonModule {

    private final KnownItpps itpps;

    AssessmentModule(KnownItpps itpps) {
        this.itpps = itpps;
    }

    @Override
    public void configure(Configurer configurer) {
        configurer.registerComponent(KnownItpps.class, c -> itpps);
        configurer.configureAggregate(ItppAssessment.class);
        configurer.registerCommandHandler(c -> new AssessmentRevisions(c.repository(ItppAssessment.class)));
        configurer.configureAggregate(OccUnit.class);
    }
}
