package org.oneplan.partner.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.testing.ServiceLayering;

class LayeringTest {

    private static final JavaClasses CLASSES = ServiceLayering.classesOf("org.oneplan.partner");

    @Test
    void domain_code_knows_nothing_of_rest_kafka_or_persistence() {
        ServiceLayering.domainIsPure(CLASSES);
    }

    @Test
    void read_models_never_use_the_write_side() {
        ServiceLayering.readModelsAreSeparate(CLASSES);
    }

    @Test
    void api_records_depend_on_no_layer_of_the_service() {
        ServiceLayering.apiIsPlain(CLASSES);
    }
}
