package org.oneplan.assessment.command;

import jakarta.inject.Singleton;
import org.axonframework.config.Configurer;
import org.oneplan.platform.axon.AxonModule;

/** The assessment context's aggregates; the Allies' roster its resources need is the platform's known-partners module. */
@Singleton
public class AssessmentModule implements AxonModule {

    @Override
    public void configure(Configurer configurer) {
        configurer.configureAggregate(ItppAssessment.class);
    }
}
