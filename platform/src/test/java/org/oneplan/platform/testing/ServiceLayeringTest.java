package org.oneplan.platform.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The layering rules of {@link ServiceLayering}; each service runs them with a subclass naming its package. */
public abstract class ServiceLayeringTest {

    private final JavaClasses classes = ServiceLayering.classesOf(servicePackage());

    /** The service's root package, e.g. {@code org.oneplan.partner}. */
    protected abstract String servicePackage();

    @Test
    void domain_code_knows_nothing_of_rest_kafka_or_persistence() {
        ServiceLayering.domainIsPure(classes);
    }

    @Test
    void read_models_never_use_the_write_side() {
        ServiceLayering.readModelsAreSeparate(classes);
    }

    @Test
    void api_records_depend_on_no_layer_of_the_service() {
        ServiceLayering.apiIsPlain(classes);
    }

    @Test
    void resources_use_no_adapter_directly() {
        ServiceLayering.restUsesNoAdapter(classes);
    }

    @Test
    void the_write_side_is_package_private_but_for_its_module_and_refusals() {
        ServiceLayering.commandSideIsPackagePrivate(classes);
    }

    @Test
    void every_class_lives_in_a_layer_that_a_rule_covers() {
        ServiceLayering.everyClassIsInALayer(classes);
    }
}
